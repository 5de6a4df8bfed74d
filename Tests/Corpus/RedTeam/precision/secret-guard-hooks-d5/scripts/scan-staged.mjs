#!/usr/bin/env node
// secret-guard scanner: checks added lines of the staged diff for likely secrets.
// Local only; no network. Exit 1 blocks the commit.
// Usage: node scan-staged.mjs            (staged diff, used by the hook)
//        node scan-staged.mjs --file F   (scan one file, for demos and tests)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const RULES = [
  ["aws-access-key-id", /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ["aws-secret-key", /aws_?secret_?access_?key\s*[=:]\s*["']?[A-Za-z0-9/+=]{40}\b/i],
  ["github-token", /\b(ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,}\b/],
  ["slack-token", /\bxox[abpr]-[A-Za-z0-9-]{10,}\b/],
  ["anthropic-key", /\bsk-ant-[A-Za-z0-9_-]{20,}\b/],
  ["openai-style-key", /\bsk-(proj-)?[A-Za-z0-9_-]{32,}\b/],
  ["stripe-live-key", /\b[rs]k_live_[A-Za-z0-9]{20,}\b/],
  ["private-key-block", /-----BEGIN ((RSA|EC|DSA|OPENSSH|PGP) )?PRIVATE KEY( BLOCK)?-----/],
];
const ENV_FILE = /(^|\/)\.env(\.[^/]+)?$/;
const ENV_TEMPLATE = /\.(example|sample|template)$/;

function loadIgnores() {
  if (!existsSync(".secret-guard-ignore")) return [];
  return readFileSync(".secret-guard-ignore", "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
    .map((g) => new RegExp("^" + g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$"));
}

function redact(s) {
  return s.length <= 4 ? "****" : s.slice(0, 4) + "****";
}

function scanLines(file, lines, findings) {
  for (const { n, text } of lines) {
    for (const [name, re] of RULES) {
      const m = text.match(re);
      if (m) findings.push({ file, line: n, rule: name, value: redact(m[0]) });
    }
  }
}

function stagedAddedLines() {
  const diff = execFileSync("git", ["diff", "--cached", "-U0", "--no-color", "--diff-filter=ACMR"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const byFile = new Map();
  let file = null;
  let n = 0;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      file = line.slice(4).replace(/^b\//, "");
      if (!byFile.has(file)) byFile.set(file, []);
    } else if (line.startsWith("@@")) {
      const m = line.match(/\+(\d+)/);
      n = m ? Number(m[1]) : 0;
    } else if (file && line.startsWith("+")) {
      byFile.get(file).push({ n, text: line.slice(1) });
      n++;
    }
  }
  return byFile;
}

const argv = process.argv.slice(2);
const findings = [];
let files;

if (argv[0] === "--file" && argv[1]) {
  const lines = readFileSync(argv[1], "utf8").split("\n").map((text, i) => ({ n: i + 1, text }));
  files = new Map([[argv[1], lines]]);
} else {
  files = stagedAddedLines();
}

const ignores = loadIgnores();
for (const [file, lines] of files) {
  if (ignores.some((re) => re.test(file))) continue;
  if (ENV_FILE.test(file) && !ENV_TEMPLATE.test(file)) {
    findings.push({ file, line: 0, rule: "dotenv-file", value: "(whole file)" });
  }
  scanLines(file, lines, findings);
}

if (findings.length === 0) process.exit(0);

console.error("secret-guard: possible secrets in staged changes:\n");
for (const f of findings) {
  console.error(`  ${f.file}:${f.line}  ${f.rule}  ${f.value}`);
}
console.error(
  "\nRemove the secret (use an env var or secret manager), or add the file to .secret-guard-ignore" +
    "\nif this is a known false positive. If the secret was ever pushed, rotate it with the provider."
);
process.exit(1);
