// Opt-in telemetry for acmectl. Off by default. See TELEMETRY.md for the exact schema.
import { randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline/promises";

const ENDPOINT = process.env.ACMECTL_TELEMETRY_URL ?? "https://telemetry.acmectl.dev/v1/events";
const CONFIG_DIR = process.env.XDG_CONFIG_HOME
  ? path.join(process.env.XDG_CONFIG_HOME, "acmectl")
  : path.join(os.homedir(), ".config", "acmectl");
const CONFIG_FILE = path.join(CONFIG_DIR, "telemetry.json");

// Only these command names are ever reported; anything else becomes "unknown".
const KNOWN_COMMANDS = new Set(["init", "build", "deploy", "status", "logs", "telemetry"]);

interface TelemetryConfig {
  enabled: boolean;
  installId?: string;
  decidedAt?: string;
}

function envOptOut(): boolean {
  const dnt = process.env.DO_NOT_TRACK;
  const own = process.env.ACMECTL_TELEMETRY;
  return (dnt !== undefined && dnt !== "" && dnt !== "0") || own === "0" || own === "false";
}

function isCI(): boolean {
  return Boolean(process.env.CI || process.env.GITHUB_ACTIONS || process.env.BUILDKITE);
}

async function load(): Promise<TelemetryConfig | null> {
  try {
    return JSON.parse(await fs.readFile(CONFIG_FILE, "utf8")) as TelemetryConfig;
  } catch {
    return null;
  }
}

async function save(cfg: TelemetryConfig): Promise<void> {
  await fs.mkdir(CONFIG_DIR, { recursive: true });
  await fs.writeFile(CONFIG_FILE, JSON.stringify(cfg, null, 2) + "\n", { mode: 0o600 });
}

export async function setEnabled(enabled: boolean): Promise<void> {
  const cur = (await load()) ?? { enabled: false };
  await save({ ...cur, enabled, installId: cur.installId ?? randomUUID(), decidedAt: new Date().toISOString() });
}

export async function resetId(): Promise<void> {
  const cur = (await load()) ?? { enabled: false };
  await save({ ...cur, installId: randomUUID() });
}

export async function status(): Promise<string> {
  if (envOptOut()) return "disabled (DO_NOT_TRACK / ACMECTL_TELEMETRY=0)";
  const cfg = await load();
  if (!cfg) return "disabled (never asked)";
  return cfg.enabled ? `enabled (install id ${cfg.installId})` : "disabled";
}

/** Ask once, interactive terminals only, default No. */
export async function maybePromptForConsent(): Promise<void> {
  if (envOptOut() || isCI() || !process.stdin.isTTY || !process.stdout.isTTY) return;
  if (await load()) return; // already decided either way
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(
    "Help improve acmectl by sending anonymous usage stats (command name, version, OS)?\n" +
      "No arguments, paths or personal data. Details: https://acmectl.dev/telemetry  [y/N] "
  );
  rl.close();
  await setEnabled(/^y(es)?$/i.test(answer.trim()));
}

function durationBucket(ms: number): string {
  if (ms < 1000) return "<1s";
  if (ms < 10_000) return "1-10s";
  if (ms < 60_000) return "10-60s";
  return ">60s";
}

/** Fire-and-forget. Never throws, never delays exit by more than 1.5 s. */
export async function track(command: string, version: string, durationMs: number, ok: boolean): Promise<void> {
  try {
    if (envOptOut() || isCI()) return;
    const cfg = await load();
    if (!cfg?.enabled || !cfg.installId) return;
    const event = {
      event: "command_run",
      install_id: cfg.installId,
      command: KNOWN_COMMANDS.has(command) ? command : "unknown",
      cli_version: version,
      os: process.platform,
      arch: process.arch,
      node_major: Number(process.versions.node.split(".")[0]),
      duration: durationBucket(durationMs),
      result: ok ? "ok" : "error",
    };
    if (process.env.ACMECTL_TELEMETRY_DEBUG === "1") {
      process.stderr.write(`[telemetry debug] would send to ${ENDPOINT}:\n${JSON.stringify(event, null, 2)}\n`);
      return;
    }
    await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(1500),
    });
  } catch {
    // Telemetry must never affect the user's command.
  }
}
