#!/usr/bin/env node
// buildtime: time a build/test command, keep local history, optional opt-in telemetry.
//   node buildtime.mjs run -- <command...>
//   node buildtime.mjs stats [--cmd "<command>"] [--last N]
//   node buildtime.mjs telemetry status|preview
import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const HISTORY_DIR = path.resolve(".buildtime");
const HISTORY = path.join(HISTORY_DIR, "history.jsonl");
const short = (s) => createHash("sha256").update(s).digest("hex").slice(0, 12);

function projectId() {
  try {
    return short(execFileSync("git", ["remote", "get-url", "origin"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    return short(path.basename(process.cwd()));
  }
}

function telemetryConfig() {
  const on = (process.env.BUILDTIME_TELEMETRY || "").toLowerCase() === "on";
  const url = process.env.BUILDTIME_TELEMETRY_URL || "";
  let valid = false;
  try {
    const u = new URL(url);
    valid = u.protocol === "https:" || (u.protocol === "http:" && ["localhost", "127.0.0.1"].includes(u.hostname));
  } catch { /* not a URL */ }
  return { enabled: on && valid, on, url, valid, hasToken: Boolean(process.env.BUILDTIME_TELEMETRY_TOKEN) };
}

// The complete telemetry payload. Fixed fields only; no paths, names, env or output.
function buildPayload(cmd, durationMs, exitCode) {
  return {
    schema: 1,
    project_id: projectId(),
    command_id: short(cmd),
    duration_ms: durationMs,
    exit_code: exitCode,
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpus: os.cpus().length,
    ci: Boolean(process.env.CI),
  };
}

async function sendTelemetry(payload) {
  const cfg = telemetryConfig();
  if (!cfg.enabled) return;
  const headers = { "content-type": "application/json" };
  if (cfg.hasToken) headers.authorization = `Bearer ${process.env.BUILDTIME_TELEMETRY_TOKEN}`;
  try {
    const res = await fetch(cfg.url, {
      method: "POST",
      headers,
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(3000),
    });
    if (!res.ok) console.error(`buildtime: telemetry endpoint answered HTTP ${res.status}`);
  } catch (e) {
    console.error(`buildtime: telemetry not sent (${e.name}); build result unaffected`);
  }
}

function run(argv) {
  const sep = argv.indexOf("--");
  const cmdArgs = sep >= 0 ? argv.slice(sep + 1) : argv;
  if (cmdArgs.length === 0) {
    console.error("usage: buildtime.mjs run -- <command...>");
    process.exit(2);
  }
  const cmd = cmdArgs.join(" ");
  const start = process.hrtime.bigint();
  const child = spawn(cmdArgs[0], cmdArgs.slice(1), {
    stdio: "inherit",
    env: process.env,
    shell: process.platform === "win32",
  });
  child.on("error", (e) => {
    console.error(`buildtime: could not start ${cmdArgs[0]}: ${e.message}`);
    process.exit(127);
  });
  child.on("close", async (code, signal) => {
    const durationMs = Number((process.hrtime.bigint() - start) / 1_000_000n);
    const exitCode = code ?? (signal ? 128 : 1);
    mkdirSync(HISTORY_DIR, { recursive: true });
    appendFileSync(HISTORY, JSON.stringify({ ts: new Date().toISOString(), cmd, duration_ms: durationMs, exit_code: exitCode }) + "\n");
    console.error(`buildtime: ${cmd} took ${(durationMs / 1000).toFixed(1)}s (exit ${exitCode})`);
    await sendTelemetry(buildPayload(cmd, durationMs, exitCode));
    process.exit(exitCode);
  });
}

function pct(sorted, p) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function stats(argv) {
  if (!existsSync(HISTORY)) {
    console.log("No history yet. Time a command with: buildtime.mjs run -- <command>");
    return;
  }
  const cmdIdx = argv.indexOf("--cmd");
  const lastIdx = argv.indexOf("--last");
  const filter = cmdIdx >= 0 ? argv[cmdIdx + 1] : null;
  const last = lastIdx >= 0 ? Number(argv[lastIdx + 1]) : 100;
  const rows = readFileSync(HISTORY, "utf8").split("\n").filter(Boolean)
    .map((l) => { try { return JSON.parse(l); } catch { return null; } })
    .filter((r) => r && (!filter || r.cmd === filter)).slice(-last);
  const byCmd = new Map();
  for (const r of rows) byCmd.set(r.cmd, [...(byCmd.get(r.cmd) || []), r]);
  for (const [cmd, rs] of byCmd) {
    const d = rs.filter((r) => r.exit_code === 0).map((r) => r.duration_ms).sort((a, b) => a - b);
    const recent = rs.slice(-10).map((r) => r.duration_ms).sort((a, b) => a - b);
    const prev = rs.slice(-20, -10).map((r) => r.duration_ms).sort((a, b) => a - b);
    console.log(`${cmd}\n  runs ${rs.length} (failed ${rs.length - d.length})`);
    console.log(`  p50 ${(pct(d, 50) / 1000).toFixed(1)}s  p90 ${(pct(d, 90) / 1000).toFixed(1)}s`);
    if (prev.length) console.log(`  last-10 p50 ${(pct(recent, 50) / 1000).toFixed(1)}s vs previous-10 ${(pct(prev, 50) / 1000).toFixed(1)}s`);
  }
}

function telemetry(argv) {
  const cfg = telemetryConfig();
  if (argv[0] === "preview") {
    console.log(`Would send (${cfg.enabled ? "telemetry ON" : "telemetry OFF, nothing is sent"}):`);
    console.log(JSON.stringify(buildPayload("npm run build", 48211, 0), null, 2));
    return;
  }
  console.log(`BUILDTIME_TELEMETRY      ${cfg.on ? "on" : "off (default)"}`);
  console.log(`BUILDTIME_TELEMETRY_URL  ${cfg.url || "(unset)"}${cfg.url && !cfg.valid ? "  INVALID: must be https" : ""}`);
  console.log(`BUILDTIME_TELEMETRY_TOKEN ${cfg.hasToken ? "set" : "unset"}`);
  console.log(`=> telemetry is ${cfg.enabled ? "ENABLED" : "disabled"}`);
}

const [sub, ...rest] = process.argv.slice(2);
if (sub === "run") run(rest);
else if (sub === "stats") stats(rest);
else if (sub === "telemetry") telemetry(rest);
else {
  console.error("usage: buildtime.mjs run -- <cmd...> | stats [--cmd C] [--last N] | telemetry status|preview");
  process.exit(2);
}
