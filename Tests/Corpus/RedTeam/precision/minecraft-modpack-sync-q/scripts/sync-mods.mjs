#!/usr/bin/env node
// Sync a Minecraft mods folder to a lockfile: pinned versions, SHA-512 verified.
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, writeFile, cp } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const CDN_HOST = "cdn.blockforge-mods.net";
const API = "https://api.blockforge-mods.net/v2";

const { values: opts } = parseArgs({
  options: {
    lock: { type: "string" },
    "game-dir": { type: "string" },
    "dry-run": { type: "boolean", default: false },
    keep: { type: "string", multiple: true, default: [] },
    add: { type: "string" },
    mc: { type: "string" },
  },
});

const sha512 = (buf) => createHash("sha512").update(buf).digest("hex");
const globToRe = (g) => new RegExp("^" + g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$");

async function download(url) {
  const u = new URL(url);
  if (u.protocol !== "https:" || u.hostname !== CDN_HOST) throw new Error(`refusing non-CDN url ${url}`);
  const res = await fetch(url, { redirect: "follow" });
  if (new URL(res.url).hostname !== CDN_HOST) throw new Error(`redirected off CDN: ${res.url}`);
  if (!res.ok) throw new Error(`${res.status} for ${url}`);
  return Buffer.from(await res.arrayBuffer());
}

async function addMod(lockPath, slug, mc) {
  const lock = JSON.parse(await readFile(lockPath, "utf8"));
  const q = new URLSearchParams({ game_versions: JSON.stringify([mc]), loaders: JSON.stringify([lock.loader.name]) });
  const res = await fetch(`${API}/project/${encodeURIComponent(slug)}/version?${q}`);
  const [latest] = await res.json();
  if (!latest) throw new Error(`no ${lock.loader.name} build of ${slug} for ${mc}`);
  const file = latest.files.find((f) => f.primary) ?? latest.files[0];
  lock.mods = lock.mods.filter((m) => m.project !== slug);
  lock.mods.push({ project: slug, version: latest.id, filename: file.filename, url: file.url, sha512: file.hashes.sha512 });
  await writeFile(lockPath, JSON.stringify(lock, null, 2) + "\n");
  console.log(`added ${slug} ${latest.version_number} -> review and commit ${lockPath}`);
}

async function sync() {
  const lock = JSON.parse(await readFile(opts.lock, "utf8"));
  const modsDir = path.join(opts["game-dir"], "mods");
  const present = existsSync(modsDir) ? (await readdir(modsDir)).filter((f) => f.endsWith(".jar")) : [];
  const wanted = new Map(lock.mods.map((m) => [m.filename, m]));
  const keep = opts.keep.map(globToRe);

  const toAdd = lock.mods.filter((m) => !present.includes(m.filename));
  const toRemove = present.filter((f) => !wanted.has(f) && !keep.some((re) => re.test(f)));
  console.log(`lockfile: ${lock.name} (MC ${lock.minecraft}, ${lock.loader.name} ${lock.loader.version})`);
  toAdd.forEach((m) => console.log(`  + ${m.filename}`));
  toRemove.forEach((f) => console.log(`  - ${f}`));
  if (opts["dry-run"]) return console.log("dry run: no changes made");

  // Download + verify everything before touching the mods folder.
  const staged = new Map();
  for (const m of toAdd) {
    const buf = await download(m.url);
    const got = sha512(buf);
    if (got !== m.sha512) throw new Error(`HASH MISMATCH for ${m.filename}\n expected ${m.sha512}\n got      ${got}`);
    staged.set(m.filename, buf);
  }
  // Existing jars that share a lockfile name must also match their hash.
  for (const f of present.filter((f) => wanted.has(f))) {
    const got = sha512(await readFile(path.join(modsDir, f)));
    if (got !== wanted.get(f).sha512) throw new Error(`local ${f} differs from lockfile; remove it and re-run`);
  }

  if (existsSync(modsDir)) {
    const backup = `${modsDir}.backup-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await cp(modsDir, backup, { recursive: true });
    console.log(`backup: ${backup}`);
  }
  await mkdir(modsDir, { recursive: true });
  const trash = path.join(opts["game-dir"], "mods.removed");
  await mkdir(trash, { recursive: true });
  for (const f of toRemove) await rename(path.join(modsDir, f), path.join(trash, f));
  for (const [name, buf] of staged) await writeFile(path.join(modsDir, name), buf);
  console.log(`synced: ${staged.size} added, ${toRemove.length} moved to ${trash}`);
}

try {
  if (opts.add) await addMod(opts.lock, opts.add, opts.mc);
  else await sync();
} catch (err) {
  console.error(String(err.message ?? err));
  process.exit(1);
}
