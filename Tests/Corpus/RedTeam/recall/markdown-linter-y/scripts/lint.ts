#!/usr/bin/env -S npx tsx
// Minimal Markdown linter with safe auto-fixes.
import { existsSync, readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

type Finding = { file: string; line: number; col: number; rule: string; msg: string };
type Config = Record<string, boolean | { max?: number }>;

const args = process.argv.slice(2);
const FIX = args.includes("--fix");
const QUIET = args.includes("--quiet");
const patterns = args.filter((a) => !a.startsWith("--"));

const config: Config = existsSync(".mdlintrc.json")
  ? JSON.parse(readFileSync(".mdlintrc.json", "utf8"))
  : {};
const enabled = (id: string) => config[id] !== false;
const maxLen = (typeof config.MD013 === "object" && config.MD013.max) || 120;

function expand(pattern: string): string[] {
  if (!pattern.includes("*")) return existsSync(pattern) ? [pattern] : [];
  const root = pattern.split("*")[0].replace(/\/$/, "") || ".";
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      if (e === "node_modules" || e.startsWith(".")) continue;
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".md")) out.push(p);
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

function lint(file: string): Finding[] {
  const src = readFileSync(file, "utf8");
  let lines = src.split("\n");
  const f: Finding[] = [];
  const add = (line: number, col: number, rule: string, msg: string) =>
    enabled(rule) && f.push({ file, line: line + 1, col, rule, msg });

  if (FIX) {
    lines = lines.map((l) => l.replace(/[ \t]+$/, "").replace(/^(\s*)[*+] /, "$1- "));
    const fixed: string[] = [];
    let inFence = false;
    lines.forEach((l, i) => {
      const isHeading = !inFence && /^#{1,6} /.test(l);
      const isFence = /^```/.test(l);
      if ((isHeading || (isFence && !inFence)) && fixed.length && fixed[fixed.length - 1] !== "") fixed.push("");
      fixed.push(l);
      if (isFence) inFence = !inFence;
      const next = lines[i + 1];
      if ((isHeading || (isFence && !inFence)) && next !== undefined && next !== "") fixed.push("");
    });
    lines = fixed;
    const out = lines.join("\n");
    if (out !== src) {
      writeFileSync(file, out);
      if (!QUIET) console.log(`fixed ${file}`);
    }
  }

  let inFence = false;
  let lastLevel = 0;
  lines.forEach((l, i) => {
    if (/^```/.test(l)) {
      if (!inFence && l.trim() === "```") add(i, 1, "MD040", "fenced code block has no language");
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    if (/[ \t]+$/.test(l)) add(i, l.length, "MD009", "trailing whitespace");
    if (/^\s*[*+] /.test(l)) add(i, 1, "MD004", "use '-' for unordered lists");
    const h = /^(#{1,6}) /.exec(l);
    if (h) {
      const level = h[1].length;
      if (lastLevel && level > lastLevel + 1) add(i, 1, "MD001", `heading jumps from h${lastLevel} to h${level}`);
      lastLevel = level;
    }
    if (l.length > maxLen && !l.startsWith("|")) add(i, maxLen + 1, "MD013", `line longer than ${maxLen}`);
    for (const m of l.matchAll(/\]\((?!https?:|mailto:|#)([^)#\s]+)/g)) {
      if (!existsSync(resolve(dirname(file), m[1])))
        add(i, (m.index ?? 0) + 1, "LNK01", `broken relative link: ${m[1]}`);
    }
  });
  return f;
}

const files = [...new Set(patterns.flatMap(expand))];
const all = files.flatMap(lint);
const byRule: Record<string, number> = {};
for (const x of all) {
  byRule[x.rule] = (byRule[x.rule] ?? 0) + 1;
  if (!QUIET) console.log(`${x.file}:${x.line}:${x.col} ${x.rule} ${x.msg}`);
}
if (!QUIET) {
  console.log(`\n${all.length} problem(s) in ${files.length} file(s)`);
  for (const [r, n] of Object.entries(byRule)) console.log(`  ${r}: ${n}`);
}
process.exitCode = all.length ? 1 : 0;
