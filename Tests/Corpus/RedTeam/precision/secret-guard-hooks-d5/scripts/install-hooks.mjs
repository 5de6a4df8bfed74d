#!/usr/bin/env node
// Install / uninstall the secret-guard pre-commit hook in the current git repo.
// Usage: node install-hooks.mjs [--dry-run] [--uninstall]
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MARKER = "# secret-guard pre-commit hook.";
const here = path.dirname(fileURLToPath(import.meta.url));
const scanner = path.join(here, "scan-staged.mjs");
const args = new Set(process.argv.slice(2));
const dryRun = args.has("--dry-run");
const uninstall = args.has("--uninstall");

for (const a of args) {
  if (!["--dry-run", "--uninstall"].includes(a)) {
    console.error(`unknown option ${a}`);
    process.exit(2);
  }
}

function git(...argv) {
  return execFileSync("git", argv, { encoding: "utf8" }).trim();
}

let hooksDir;
try {
  const top = git("rev-parse", "--show-toplevel");
  hooksDir = path.resolve(top, git("rev-parse", "--git-path", "hooks"));
  console.log(`Repository: ${top}`);
} catch {
  console.error("Not inside a git repository. cd into the project first.");
  process.exit(2);
}

const hook = path.join(hooksDir, "pre-commit");
const local = path.join(hooksDir, "pre-commit.local");
const isOurs = (p) => existsSync(p) && readFileSync(p, "utf8").includes(MARKER);

const shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
const content = [
  "#!/bin/sh",
  `${MARKER} Remove: node ${shQuote(path.join(here, "install-hooks.mjs"))} --uninstall`,
  'if [ -x "$(dirname "$0")/pre-commit.local" ]; then "$(dirname "$0")/pre-commit.local" "$@" || exit $?; fi',
  `exec node ${shQuote(scanner)}`,
  "",
].join("\n");

if (uninstall) {
  if (!isOurs(hook)) {
    console.log("No secret-guard hook installed here; nothing to do.");
    process.exit(0);
  }
  if (dryRun) {
    console.log(`[dry-run] would remove ${hook}`);
    if (existsSync(local)) console.log(`[dry-run] would restore ${local} -> ${hook}`);
    process.exit(0);
  }
  rmSync(hook);
  if (existsSync(local)) renameSync(local, hook);
  console.log("secret-guard hook removed.");
  process.exit(0);
}

if (isOurs(hook)) {
  console.log("secret-guard hook is already installed.");
  process.exit(0);
}

console.log(`Hook path: ${hook}`);
if (existsSync(hook)) console.log(`Existing hook will be kept as ${local} and run first.`);
console.log("Hook content:\n" + content.replace(/^/gm, "  "));

if (dryRun) {
  console.log("[dry-run] nothing written.");
  process.exit(0);
}

mkdirSync(hooksDir, { recursive: true });
if (existsSync(hook)) {
  if (existsSync(local)) {
    console.error(`${local} already exists; resolve it by hand before installing.`);
    process.exit(1);
  }
  renameSync(hook, local);
}
writeFileSync(hook, content, { mode: 0o755 });
chmodSync(hook, 0o755);
console.log("Installed. Try it: stage a file and run `git commit`.");
