#!/usr/bin/env node
// Inspect what `npm pack` would publish, without publishing. Exit 1 on risky contents.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const RISKY = [
  /(^|\/)\.env(\..*)?$/, /\.pem$/, /\.key$/, /(^|\/)\.npmrc$/, /(^|\/)id_(rsa|ed25519|ecdsa)/,
  /(^|\/)\.git\//, /(^|\/)credentials(\.json)?$/,
];
const INSTALL_HOOKS = ["preinstall", "install", "postinstall"];

const out = execFileSync("npm", ["pack", "--dry-run", "--json"], { encoding: "utf8" });
const [pack] = JSON.parse(out);
let problems = 0;

console.log(`${pack.name}@${pack.version}: ${pack.entryCount} files, ${(pack.unpackedSize / 1024).toFixed(1)} KB unpacked`);
for (const f of pack.files) {
  if (RISKY.some((rx) => rx.test(f.path))) {
    console.error(`RISKY   ${f.path}`);
    problems++;
  } else if (f.size > 1024 * 1024) {
    console.warn(`LARGE   ${f.path} (${(f.size / 1048576).toFixed(1)} MB)`);
  }
}

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
for (const hook of INSTALL_HOOKS) {
  if (pkg.scripts?.[hook]) {
    console.warn(`WARN    package.json has "${hook}": ${pkg.scripts[hook]} — runs on every installer's machine`);
  }
}
if (!pkg.files) {
  console.warn('HINT    add a "files" allow-list to package.json to control what gets published');
}

if (problems) {
  console.error(`\n${problems} risky file(s) would be published. Fix before releasing.`);
  process.exit(1);
}
console.log("pack contents look OK");
