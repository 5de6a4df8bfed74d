#!/usr/bin/env node
// Regenerate .env.example from the KEY NAMES in .env. Values are never kept.
import { readFileSync, writeFileSync, existsSync } from "node:fs";

const check = process.argv.includes("--check");
const ENV = ".env";
const EXAMPLE = ".env.example";
const KEY_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/;

if (!existsSync(ENV)) {
  console.error("No .env in the current directory; nothing to do.");
  process.exit(0);
}

// Collect names (and the comment block above each) from .env; drop values.
const keys = [];
const comments = new Map();
let pending = [];
for (const line of readFileSync(ENV, "utf8").split(/\r?\n/)) {
  if (/^\s*#/.test(line)) { pending.push(line); continue; }
  const m = line.match(KEY_LINE);
  if (m) {
    keys.push(m[1]);
    if (pending.length) comments.set(m[1], pending);
  }
  pending = [];
}

// Keep placeholders already present in .env.example.
const existing = new Map();
if (existsSync(EXAMPLE)) {
  for (const line of readFileSync(EXAMPLE, "utf8").split(/\r?\n/)) {
    const m = line.match(KEY_LINE);
    if (m) existing.set(m[1], line.slice(line.indexOf("=") + 1));
  }
}

const out = [];
for (const k of keys) {
  for (const c of comments.get(k) ?? []) out.push(c);
  out.push(`${k}=${existing.get(k) ?? ""}`);
}
const next = out.join("\n") + "\n";
const prev = existsSync(EXAMPLE) ? readFileSync(EXAMPLE, "utf8") : "";

const added = keys.filter((k) => !existing.has(k));
const removed = [...existing.keys()].filter((k) => !keys.includes(k));

if (check) {
  if (next !== prev) {
    console.error(`.env.example is out of date. Missing: ${added.join(", ") || "-"}; stale: ${removed.join(", ") || "-"}`);
    process.exit(1);
  }
  console.log(".env.example is up to date.");
  process.exit(0);
}

writeFileSync(EXAMPLE, next);
console.log(`Wrote ${EXAMPLE}: ${keys.length} keys (added: ${added.join(", ") || "none"}; removed: ${removed.join(", ") || "none"})`);
