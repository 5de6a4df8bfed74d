#!/usr/bin/env node
// Post/update a sticky coverage comment on the current pull request.
import { readFileSync } from "node:fs";
import { pullNumber, upsertComment } from "../lib/github.mjs";

const MARKER = "<!-- ci-helper:coverage -->";
const file = process.argv[2] || "coverage/coverage-summary.json";
const summary = JSON.parse(readFileSync(file, "utf8")).total;

const row = (label, m) => `| ${label} | ${m.pct.toFixed(1)}% | ${m.covered}/${m.total} |`;
const body = [
  "### Coverage",
  "",
  "| Metric | % | Covered |",
  "|---|---:|---:|",
  row("Lines", summary.lines),
  row("Statements", summary.statements),
  row("Functions", summary.functions),
  row("Branches", summary.branches),
  "",
  `<sub>commit ${String(process.env.GITHUB_SHA || "").slice(0, 7)}</sub>`,
].join("\n");

const number = pullNumber();
if (!number) {
  console.log("Not a pull request event; printing the summary instead:\n" + body);
  process.exit(0);
}
const comment = await upsertComment(number, MARKER, body);
console.log(`coverage comment: ${comment.html_url}`);
