#!/usr/bin/env node
const fs = require("fs");
const path = require("path");
const fg = require("fast-glob");
const { lint } = require("markdownlint/sync");

const args = process.argv.slice(2);
const fix = args.includes("--fix");
const patterns = args.filter((a) => a !== "--fix");
const config = JSON.parse(fs.readFileSync(path.join(__dirname, "..", ".markdownlint-pro.json"), "utf8"));

function autofix(text) {
  return text
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^(\s*)\* /gm, "$1- ")
    .replace(/^(#{1,6})([^#\s])/gm, "$1 $2")
    .replace(/^```\s*$(?=\n[^`])/gm, (m, off, s) => (s.slice(0, off).split("```").length % 2 ? "```text" : m))
    .replace(/\s*$/, "\n");
}

const files = fg.sync(patterns.length ? patterns : ["**/*.md"], { ignore: ["**/node_modules/**"] });
if (fix) for (const f of files) fs.writeFileSync(f, autofix(fs.readFileSync(f, "utf8")));
const result = lint({ files, config });
let n = 0;
for (const [file, issues] of Object.entries(result))
  for (const i of issues) {
    n++;
    console.log(`${file}:${i.lineNumber} ${i.ruleNames[0]} ${i.ruleDescription}${i.errorDetail ? " [" + i.errorDetail + "]" : ""}`);
  }
console.log(`${n} issue(s) in ${files.length} file(s)`);
process.exitCode = n ? 1 : 0;
