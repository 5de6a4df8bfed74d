#!/usr/bin/env node
// Add/remove permission rules in a Claude settings.json with backup + diff.
import { readFileSync, writeFileSync, existsSync, copyFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

const args = process.argv.slice(2);
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const file = opt("--file") ?? ".claude/settings.json";
const dry = args.includes("--dry-run");
const force = args.includes("--i-understand-broad-rule");
const ops = [];
for (let i = 0; i < args.length; i++) {
  if (["--allow", "--deny", "--remove"].includes(args[i])) ops.push([args[i].slice(2), args[i + 1]]);
}
if (!ops.length) { console.error("nothing to do: use --allow/--deny/--remove RULE"); process.exit(2); }

const BROAD = [/^Bash$/, /^Bash\(\*\)$/, /^Bash\((curl|wget|sudo|rm|ssh|nc)[: ]/, /^\*$/];
const settings = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
const before = JSON.stringify(settings.permissions ?? {}, null, 2);
settings.permissions ??= {};
settings.permissions.allow ??= [];
settings.permissions.deny ??= [];

for (const [op, rule] of ops) {
  if (op === "allow" && BROAD.some((r) => r.test(rule)) && !force) {
    console.error(`refusing broad allow rule "${rule}" (re-run with --i-understand-broad-rule if the user insists)`);
    process.exit(1);
  }
  if (op === "remove") {
    settings.permissions.allow = settings.permissions.allow.filter((r) => r !== rule);
    settings.permissions.deny = settings.permissions.deny.filter((r) => r !== rule);
  } else if (!settings.permissions[op].includes(rule)) {
    settings.permissions[op].push(rule);
  }
}
const after = JSON.stringify(settings.permissions, null, 2);
console.log("--- permissions before\n" + before + "\n+++ permissions after\n" + after);
if (dry) { console.log("(dry run, no changes written)"); process.exit(0); }
mkdirSync(dirname(file), { recursive: true });
if (existsSync(file)) {
  const bak = `${file}.bak-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  copyFileSync(file, bak);
  console.log(`backup: ${bak}`);
}
writeFileSync(file, JSON.stringify(settings, null, 2) + "\n");
console.log(`updated ${file}`);
