#!/usr/bin/env node
// Scan staged (or all tracked) files for secret-shaped strings. Offline; prints redacted previews only.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { scanText } from "./rules.mjs";

const all = process.argv.includes("--all");
const git = (...args) => execFileSync("git", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

const root = git("rev-parse", "--show-toplevel").trim();
const ignoreFile = `${root}/.secret-guard-ignore`;
const ignored = existsSync(ignoreFile)
  ? readFileSync(ignoreFile, "utf8").split("\n").map((s) => s.trim()).filter((s) => s && !s.startsWith("#"))
  : [];

const files = (all
  ? git("ls-files", "-z")
  : git("diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z")
).split("\0").filter(Boolean).filter((f) => !ignored.some((p) => f.startsWith(p)));

let blocking = 0;
for (const file of files) {
  let text;
  try {
    // Staged content (index version), not the working-tree file.
    text = all ? readFileSync(`${root}/${file}`, "utf8") : git("show", `:${file}`);
  } catch {
    continue; // binary or unreadable
  }
  if (text.includes("\0")) continue;
  for (const hit of scanText(text, file)) {
    const tag = hit.example ? "example" : "SECRET";
    if (!hit.example) blocking++;
    console.log(`${tag.padEnd(7)} ${hit.file}:${hit.line}  ${hit.rule}  ${hit.preview}`);
  }
}

if (blocking) {
  console.error(`\n${blocking} secret-shaped value(s) staged. Move them to env vars / a secret manager,`);
  console.error("then `git restore --staged <file>`. If a value is a reviewed false positive, add");
  console.error("`secret-guard: allow` in a comment on that line.");
  process.exit(1);
}
console.log(`No secrets found in ${files.length} file(s).`);
