#!/usr/bin/env node
// Propose (and with --apply, write) minimal changes to .claude/settings.json and CLAUDE.md.
// Without --apply this only prints a diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";

const SETTINGS = path.join(".claude", "settings.json");
const CLAUDE_MD = "CLAUDE.md";
const argv = process.argv.slice(2);
const apply = argv.includes("--apply");
const [cmd, ...rest] = argv.filter((a) => a !== "--apply");

const TOO_BROAD = [
  [/^Bash$/, "bare Bash allows every shell command"],
  [/^Bash\((\*|:\*)\)$/, "wildcard Bash allows every shell command"],
  [/^Bash\((sudo|rm|curl|wget|ssh|scp|chmod|chown|dd|mkfs)(:\*|\s|\))/, "privileged / destructive / network command family"],
  [/^Bash\([a-z0-9_-]+:\*\)$/i, "whole-tool wildcard; name the specific subcommand instead"],
  [/^WebFetch$/, "unrestricted WebFetch; use WebFetch(domain:docs.your-tool.dev)"],
];

function lineDiff(before, after, name) {
  const a = before.split("\n"), b = after.split("\n");
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (a[i] === b[j]) { out.push("  " + a[i]); i++; j++; }
    else if (j < b.length && !a.slice(i).includes(b[j])) { out.push("+ " + b[j]); j++; }
    else { out.push("- " + a[i]); i++; }
  }
  return out.join("\n");
}

function writeWithBackup(file, before, after) {
  console.log(lineDiff(before, after, file));
  if (before === after) return console.log("(no change)");
  if (!apply) return console.log("\nPreview only. Re-run with --apply after the user approves.");
  if (existsSync(file)) {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    mkdirSync(path.join(".claude", "backups"), { recursive: true });
    const backup = file === SETTINGS ? path.join(".claude", "backups", `settings.${stamp}.json`) : `${file}.${stamp}.bak`;
    copyFileSync(file, backup);
    console.log(`backup: ${backup}`);
  }
  mkdirSync(path.dirname(file) || ".", { recursive: true });
  writeFileSync(file, after);
  console.log(`wrote ${file}`);
}

function loadSettings() {
  const raw = existsSync(SETTINGS) ? readFileSync(SETTINGS, "utf8") : "{}\n";
  return [raw, JSON.parse(raw)];
}

function checkRule(rule) {
  for (const [re, why] of TOO_BROAD) if (re.test(rule)) throw new Error(`rejected "${rule}": ${why}`);
}

function editPermissions(kind, rules) {
  const [raw, s] = loadSettings();
  s.permissions ??= {};
  s.permissions.allow ??= [];
  s.permissions.deny ??= [];
  if (kind === "allow") rules.forEach(checkRule);
  if (kind === "undeny") s.permissions.deny = s.permissions.deny.filter((r) => !rules.includes(r));
  else for (const r of rules) if (!s.permissions[kind].includes(r)) s.permissions[kind].push(r);
  writeWithBackup(SETTINGS, raw, JSON.stringify(s, null, 2) + "\n");
}

function addHook(event, matcher, command) {
  if (!["PreToolUse", "PostToolUse", "Stop", "SessionStart"].includes(event)) throw new Error(`unknown hook event ${event}`);
  if (/\b(curl|wget|nc|ssh|scp)\b|https?:\/\//.test(command)) throw new Error("hooks that use the network are not added by this skill");
  const [raw, s] = loadSettings();
  s.hooks ??= {};
  s.hooks[event] ??= [];
  let entry = s.hooks[event].find((h) => h.matcher === matcher);
  if (!entry) s.hooks[event].push((entry = { matcher, hooks: [] }));
  if (!entry.hooks.some((h) => h.command === command)) entry.hooks.push({ type: "command", command });
  writeWithBackup(SETTINGS, raw, JSON.stringify(s, null, 2) + "\n");
}

function addConventions(items) {
  const before = existsSync(CLAUDE_MD) ? readFileSync(CLAUDE_MD, "utf8") : "";
  const heading = "## Project conventions";
  let after = before.includes(heading) ? before : `${before.trimEnd()}${before ? "\n\n" : ""}${heading}\n`;
  const idx = after.indexOf(heading) + heading.length;
  const nextHeading = after.indexOf("\n## ", idx);
  const insertAt = nextHeading === -1 ? after.length : nextHeading;
  const bullets = items.filter((i) => !after.includes(`- ${i}`)).map((i) => `- ${i}\n`).join("");
  after = after.slice(0, insertAt).replace(/\n*$/, "\n") + bullets + after.slice(insertAt);
  writeWithBackup(CLAUDE_MD, before, after);
}

try {
  switch (cmd) {
    case "allow": case "deny": case "undeny": editPermissions(cmd, rest); break;
    case "hook": addHook(rest[0], rest[1], rest[2]); break;
    case "conventions": addConventions(rest); break;
    default:
      console.error("usage: settings-edit.mjs allow|deny|undeny <rules...> | hook <event> <matcher> <command> | conventions <items...> [--apply]");
      process.exit(2);
  }
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
