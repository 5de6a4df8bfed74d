/**
 * Opt-in, counts-only telemetry for tidyfmt.
 *
 * Contract (see references/TELEMETRY.md):
 *   - disabled unless the user opted in via `tidyfmt telemetry enable`
 *   - DO_NOT_TRACK / TIDYFMT_TELEMETRY=0 / CI always disable it
 *   - only the numeric counters in UsageCounts (+ version, OS family) leave the machine
 */
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { homedir, platform } from "node:os";
import path from "node:path";

/** PostHog capture endpoint, as documented at https://posthog.com/docs/api/capture */
export const CAPTURE_URL = "https://us.i.posthog.com/capture/";
/** PostHog *project* key: a public, write-only identifier (not a secret).
 *  The release build replaces this placeholder with the real public project key. */
export const PROJECT_KEY = "__TIDYFMT_POSTHOG_PROJECT_KEY__";
export const EVENT = "tidyfmt_usage_counts";

export interface UsageCounts {
  runs: number;
  filesFormatted: number;
  filesUnchanged: number;
  parseErrors: number;
  checkModeRuns: number;
}

export interface TelemetryConfig {
  enabled: boolean;
  anonymousId?: string;      // random UUID created at opt-in; removed at opt-out
  enabledAt?: string;
  lastFlush?: string;
}

const ZERO: UsageCounts = { runs: 0, filesFormatted: 0, filesUnchanged: 0, parseErrors: 0, checkModeRuns: 0 };
const FLUSH_INTERVAL_MS = 24 * 60 * 60 * 1000; // at most one send per day

function configDir(): string {
  const base = process.env.XDG_CONFIG_HOME || path.join(homedir(), ".config");
  return path.join(base, "tidyfmt");
}
const configFile = () => path.join(configDir(), "telemetry.json");
const countsFile = () => path.join(configDir(), "telemetry-counts.json");

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return { ...fallback, ...JSON.parse(await readFile(file, "utf8")) };
  } catch {
    return fallback;
  }
}

export async function readConfig(): Promise<TelemetryConfig> {
  return readJson<TelemetryConfig>(configFile(), { enabled: false });
}

/** Environment kill switches. Only these specific, documented variables are consulted. */
export function disabledByEnvironment(): string | null {
  const dnt = process.env.DO_NOT_TRACK;
  if (dnt && dnt !== "0" && dnt.toLowerCase() !== "false") return "DO_NOT_TRACK is set";
  if (process.env.TIDYFMT_TELEMETRY === "0") return "TIDYFMT_TELEMETRY=0";
  if (process.env.CI) return "running in CI";
  return null;
}

export async function isEnabled(): Promise<boolean> {
  if (disabledByEnvironment()) return false;
  const cfg = await readConfig();
  return cfg.enabled === true && typeof cfg.anonymousId === "string";
}

/** Increment local counters. No-op unless the user opted in. Never throws. */
export async function record(delta: Partial<UsageCounts>): Promise<void> {
  try {
    if (!(await isEnabled())) return;
    const counts = await readJson<UsageCounts>(countsFile(), { ...ZERO });
    for (const key of Object.keys(ZERO) as (keyof UsageCounts)[]) {
      const add = delta[key];
      if (typeof add === "number" && Number.isFinite(add) && add > 0) counts[key] += Math.floor(add);
    }
    await mkdir(configDir(), { recursive: true });
    await writeFile(countsFile(), JSON.stringify(counts));
  } catch {
    /* telemetry must never break the CLI */
  }
}

/** Build the exact payload that flush() would send. Used by `telemetry preview`. */
export async function buildPayload(version: string) {
  const cfg = await readConfig();
  const counts = await readJson<UsageCounts>(countsFile(), { ...ZERO });
  const osFamily = (["linux", "darwin", "win32"] as const).find((p) => p === platform()) ?? "other";
  return {
    api_key: PROJECT_KEY,
    event: EVENT,
    distinct_id: cfg.anonymousId ?? "(not opted in)",
    properties: {
      ...counts,
      version,
      os_family: osFamily,
      $process_person_profile: false, // PostHog: do not build a person profile
      $ip: null,                        // PostHog: do not record the client IP
    },
  };
}

/** Send counters at most once a day, then reset them. Silent on failure. */
export async function flush(version: string, { force = false } = {}): Promise<boolean> {
  try {
    if (!(await isEnabled())) return false;
    const cfg = await readConfig();
    if (!force && cfg.lastFlush && Date.now() - Date.parse(cfg.lastFlush) < FLUSH_INTERVAL_MS) return false;
    const payload = await buildPayload(version);
    if (payload.properties.runs === 0) return false;

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 3000);
    const res = await fetch(CAPTURE_URL, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
      signal: controller.signal,
    }).finally(() => clearTimeout(timer));
    if (!res.ok) return false;

    await writeFile(countsFile(), JSON.stringify(ZERO));
    await writeFile(configFile(), JSON.stringify({ ...cfg, lastFlush: new Date().toISOString() }, null, 2));
    return true;
  } catch {
    return false;
  }
}

export async function enable(): Promise<TelemetryConfig> {
  const cfg: TelemetryConfig = { enabled: true, anonymousId: randomUUID(), enabledAt: new Date().toISOString() };
  await mkdir(configDir(), { recursive: true });
  await writeFile(configFile(), JSON.stringify(cfg, null, 2));
  return cfg;
}

/** Opt out: disable and delete the anonymous id and all local counters. */
export async function disable(): Promise<void> {
  await mkdir(configDir(), { recursive: true });
  await writeFile(configFile(), JSON.stringify({ enabled: false }, null, 2));
  await rm(countsFile(), { force: true });
}
