#!/usr/bin/env node
// Add protective deny/ask rules to a Claude Code settings file.
// Prints a diff and asks before writing; keeps a timestamped backup.
// Never adds "allow" rules, never changes defaultMode, never removes entries.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline/promises";
import { parseArgs } from "node:util";

const RECOMMENDED = {
  deny: [
    "Read(./.env)",
    "Read(./.env.*)",
    "Read(./secrets/**)",
    "Read(~/.ssh/**)",
    "Read(~/.aws/credentials)",
    "Read(~/.config/gcloud/**)",
  ],
  ask: [
    "Bash(git push:*)",
    "Bash(npm publish:*)",
    "Bash(rm -rf:*)",
    "Bash(curl:*)",
  ],
};

const { values } = parseArgs({
  options: {
    file: { type: "string", default: ".claude/settings.json" },
    check: { type: "boolean", default: false },
    skip: { type: "string", multiple: true, default: [] },
  },
});

const file = path.resolve(values.file);
let settings = {};
if (fs.existsSync(file)) {
  try {
    settings = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    console.error(`${file} is not valid JSON (${err.message}); fix it first. Nothing changed.`);
    process.exit(1);
  }
}

const next = structuredClone(settings);
next.permissions ??= {};
const additions = [];
for (const [list, rules] of Object.entries(RECOMMENDED)) {
  const existing = new Set(next.permissions[list] ?? []);
  for (const rule of rules) {
    if (values.skip.includes(rule) || existing.has(rule)) continue;
    next.permissions[list] = [...(next.permissions[list] ?? []), rule];
    additions.push(`+ permissions.${list}: ${rule}`);
  }
}

console.log(`Settings file: ${file}${fs.existsSync(file) ? "" : " (will be created)"}`);
if (additions.length === 0) {
  console.log("All recommended deny/ask rules are already present. Nothing to do.");
  process.exit(0);
}
console.log("Proposed changes (additions only):");
for (const line of additions) console.log(`  ${line}`);

if (values.check) process.exit(1);
if (!process.stdin.isTTY) {
  console.log("\nNot an interactive terminal: review the diff above, then run this command yourself.");
  process.exit(1);
}

const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const answer = (await rl.question("\nApply these changes? [y/N] ")).trim().toLowerCase();
rl.close();
if (answer !== "y" && answer !== "yes") {
  console.log("Aborted. No files were changed.");
  process.exit(1);
}

fs.mkdirSync(path.dirname(file), { recursive: true });
if (fs.existsSync(file)) {
  const backup = `${file}.bak-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  fs.copyFileSync(file, backup);
  console.log(`Backup written: ${backup}`);
}
fs.writeFileSync(file, JSON.stringify(next, null, 2) + "\n");
console.log(`Updated ${file} with ${additions.length} rule(s).`);
