#!/usr/bin/env node
// Edit Claude Code permission rules with a visible diff and explicit confirmation.
import { existsSync, mkdirSync, readFileSync, copyFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    scope: { type: "string", default: "project" },
    allow: { type: "string", multiple: true, default: [] },
    deny: { type: "string", multiple: true, default: [] },
    remove: { type: "string", multiple: true, default: [] },
  },
});

const FILES = {
  user: join(homedir(), ".claude", "settings.json"),
  project: join(".claude", "settings.json"),
  local: join(".claude", "settings.local.json"),
};
const file = FILES[values.scope];
if (!file) throw new Error(`--scope must be one of ${Object.keys(FILES).join(", ")}`);

const BROAD = [
  /^Bash$/, /^Bash\(\*\)$/, /^Bash\((curl|wget|sudo|rm|ssh|scp)[: ]/, /^WebFetch$/,
  /^(Read|Edit|Write)\(.*(\.ssh|\.aws|\.env|\.gnupg)/,
];
const risky = values.allow.filter((r) => BROAD.some((re) => re.test(r)));

const before = existsSync(file) ? readFileSync(file, "utf8") : "{}\n";
const settings = JSON.parse(before);
settings.permissions ??= {};
const perms = settings.permissions;
for (const key of ["allow", "deny"]) perms[key] ??= [];

const add = (list, rule) => { if (!list.includes(rule)) list.push(rule); };
values.allow.forEach((r) => add(perms.allow, r));
values.deny.forEach((r) => add(perms.deny, r));
for (const key of ["allow", "deny"]) perms[key] = perms[key].filter((r) => !values.remove.includes(r));
const after = JSON.stringify(settings, null, 2) + "\n";

function diff(a, b) {
  const x = a.split("\n"), y = b.split("\n");
  const dp = Array.from({ length: x.length + 1 }, () => new Array(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      dp[i][j] = x[i] === y[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out = [];
  let i = 0, j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) { out.push("  " + x[i]); i++; j++; }
    else if (j < y.length && (i === x.length || dp[i][j + 1] >= dp[i + 1][j])) out.push("+ " + y[j++]);
    else out.push("- " + x[i++]);
  }
  return out.join("\n");
}

if (before === after) {
  console.log(`No changes needed in ${file}.`);
  process.exit(0);
}

console.log(`--- ${file}\n+++ ${file} (proposed)\n`);
console.log(diff(before, after));

const rl = createInterface({ input: process.stdin, output: process.stdout });
let ok;
if (risky.length) {
  console.log(`\n⚠️  Broad or sensitive allow rule(s): ${risky.join(", ")}`);
  console.log("These let the agent act without asking. Prefer a narrower rule.");
  ok = (await rl.question("Type 'yes' to apply anyway: ")).trim() === "yes";
} else {
  ok = /^y(es)?$/i.test((await rl.question("\nApply this change? [y/N] ")).trim());
}
rl.close();

if (!ok) {
  console.log("Aborted; file unchanged.");
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
if (existsSync(file)) copyFileSync(file, file + ".bak");
writeFileSync(file, after);
console.log(`Wrote ${file}${existsSync(file + ".bak") ? " (backup: " + file + ".bak)" : ""}`);
