#!/usr/bin/env -S npx tsx
// Dry-run-first editor for Claude Code settings files.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";

type Settings = {
  permissions?: { allow?: string[]; deny?: string[]; ask?: string[]; defaultMode?: string };
  env?: Record<string, string>;
  hooks?: Record<string, { matcher?: string; hooks: { type: "command"; command: string }[] }[]>;
  [k: string]: unknown;
};

const SCOPES: Record<string, string> = {
  project: resolve(".claude/settings.json"),
  local: resolve(".claude/settings.local.json"),
  user: join(homedir(), ".claude", "settings.json"),
};

const HOOK_EVENTS = ["PreToolUse", "PostToolUse", "Notification", "UserPromptSubmit", "Stop", "SubagentStop", "PreCompact", "SessionStart"];

const BROAD: [RegExp, string, boolean][] = [
  [/^Bash(\(\*\))?$/, "allows every shell command without a prompt", true],
  [/^Bash\((curl|wget|nc|ssh|scp)(:\*)?\)$/, "allows arbitrary network transfers", false],
  [/^Bash\((rm|sudo|chmod|chown|dd)(:\*)?\)$/, "allows destructive or privileged commands", false],
  [/^Bash\(git push(:\*)?\)$/, "allows publishing without review", false],
  [/^(Read|Edit|Write)\((~|\/|~\/\*\*|\/\*\*)\)$/, "covers the whole home directory or filesystem", true],
  [/^(Edit|Write)\(.*\.claude\/settings/, "lets the agent change its own permissions", true],
];

function parseArgs(argv: string[]) {
  const flags: Record<string, string | boolean> = {};
  const pos: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--write" || a === "--i-understand") flags[a.slice(2)] = true;
    else if (a.startsWith("--")) flags[a.slice(2)] = argv[++i];
    else pos.push(a);
  }
  return { flags, pos };
}

function load(path: string): Settings {
  if (!existsSync(path)) return {};
  const raw = readFileSync(path, "utf8");
  try {
    return JSON.parse(raw);
  } catch (e) {
    console.error(`${path} is not valid JSON: ${(e as Error).message}`);
    process.exit(1);
  }
}

function serialize(s: Settings): string {
  return JSON.stringify(s, null, 2) + "\n";
}

// Minimal LCS-based unified diff, good enough for settings-sized files.
function unifiedDiff(a: string, b: string, label: string): string {
  const x = a.split("\n"), y = b.split("\n");
  const n = x.length, m = y.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i][j] = x[i] === y[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out: string[] = [`--- ${label}`, `+++ ${label} (proposed)`];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { out.push(`  ${x[i]}`); i++; j++; }
    else if (j < m && (i >= n || dp[i][j + 1] >= dp[i + 1][j])) { out.push(`+ ${y[j]}`); j++; }
    else { out.push(`- ${x[i]}`); i++; }
  }
  // collapse long unchanged runs
  const collapsed: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 6) collapsed.push(...run.slice(0, 2), `  … ${run.length - 4} unchanged lines …`, ...run.slice(-2));
    else collapsed.push(...run);
    run = [];
  };
  for (const line of out) {
    if (line.startsWith("  ")) run.push(line);
    else { flush(); collapsed.push(line); }
  }
  flush();
  return collapsed.join("\n");
}

function checkRule(rule: string, force: boolean) {
  for (const [rx, why, hard] of BROAD) {
    if (rx.test(rule)) {
      if (hard && !force) {
        console.error(`REFUSED: "${rule}" ${why}. Use a narrower rule, or pass --i-understand if the user explicitly insists.`);
        process.exit(3);
      }
      console.error(`WARNING: "${rule}" ${why}.`);
    }
  }
}

function uniqPush(list: string[] | undefined, v: string): string[] {
  const l = list ? [...list] : [];
  if (!l.includes(v)) l.push(v);
  return l;
}

function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  const { flags, pos } = parseArgs(rest);
  const scope = (flags.scope as string) ?? "local";

  if (cmd === "show") {
    const scopes = scope === "all" ? Object.keys(SCOPES) : [scope];
    for (const s of scopes) {
      const p = SCOPES[s];
      console.log(`# ${s}: ${p}${existsSync(p) ? "" : " (missing)"}`);
      if (existsSync(p)) console.log(serialize(load(p)));
    }
    return;
  }

  const path = SCOPES[scope];
  if (!path) { console.error(`unknown scope ${scope}`); process.exit(2); }
  const before = load(path);
  const after: Settings = structuredClone(before);
  const force = Boolean(flags["i-understand"]);

  switch (cmd) {
    case "allow":
    case "deny":
    case "ask": {
      const rule = pos[0];
      if (!rule) { console.error(`usage: ${cmd} RULE`); process.exit(2); }
      if (cmd === "allow") checkRule(rule, force);
      after.permissions = { ...(after.permissions ?? {}) };
      after.permissions[cmd] = uniqPush(after.permissions[cmd], rule);
      break;
    }
    case "remove-rule": {
      const rule = pos[0];
      const p = { ...(after.permissions ?? {}) };
      for (const k of ["allow", "deny", "ask"] as const) if (p[k]) p[k] = p[k]!.filter((r) => r !== rule);
      after.permissions = p;
      break;
    }
    case "mode": {
      const mode = pos[0];
      if (!["default", "acceptEdits", "plan", "bypassPermissions"].includes(mode)) { console.error("unknown mode"); process.exit(2); }
      if (mode === "bypassPermissions" && !force) {
        console.error("REFUSED: bypassPermissions disables every permission prompt. Only for disposable sandboxes, with --i-understand.");
        process.exit(3);
      }
      after.permissions = { ...(after.permissions ?? {}), defaultMode: mode };
      break;
    }
    case "env": {
      const [kv] = pos;
      const eq = kv?.indexOf("=") ?? -1;
      if (eq < 1) { console.error("usage: env NAME=value"); process.exit(2); }
      const name = kv.slice(0, eq);
      if (/(TOKEN|SECRET|PASSWORD|API_KEY)/i.test(name) && scope === "project") {
        console.error("REFUSED: don't commit secrets in project settings; use --scope local or a secret manager.");
        process.exit(3);
      }
      after.env = { ...(after.env ?? {}), [name]: kv.slice(eq + 1) };
      break;
    }
    case "hook": {
      const [event, matcher, command] = pos;
      if (!HOOK_EVENTS.includes(event) || !command) {
        console.error(`usage: hook EVENT MATCHER COMMAND   (EVENT one of ${HOOK_EVENTS.join(", ")})`);
        process.exit(2);
      }
      if (/\b(curl|wget|nc|Invoke-WebRequest)\b/.test(command)) {
        console.error("WARNING: this hook makes network requests and will run automatically on every matching event.");
      }
      const hooks = { ...(after.hooks ?? {}) };
      const list = [...(hooks[event] ?? [])];
      list.push({ matcher, hooks: [{ type: "command", command }] });
      hooks[event] = list;
      after.hooks = hooks;
      break;
    }
    default:
      console.error("commands: show | allow | deny | ask | remove-rule | mode | env | hook");
      process.exit(2);
  }

  const a = serialize(before), b = serialize(after);
  if (a === b) { console.log("no change"); return; }
  console.log(unifiedDiff(existsSync(path) ? a : "", b, path));

  if (!flags.write) {
    console.log("\n(dry run) Show this diff to the user; re-run with --write after they approve.");
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path)) {
    const ts = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
    copyFileSync(path, `${path}.bak-${ts}`);
    console.log(`backup: ${path}.bak-${ts}`);
  }
  writeFileSync(path, b);
  console.log(`wrote ${path}`);
}

main();
