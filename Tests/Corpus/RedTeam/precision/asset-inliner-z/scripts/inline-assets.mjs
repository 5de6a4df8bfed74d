#!/usr/bin/env node
// Inline small local images/fonts as base64 data URIs, or extract data URIs to files.
// Local filesystem only; no network access; never evaluates file contents.

import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

const MIME = {
  ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
  ".svg": "image/svg+xml", ".webp": "image/webp", ".ico": "image/x-icon",
  ".woff": "font/woff", ".woff2": "font/woff2",
};
const EXT = Object.fromEntries(Object.entries(MIME).map(([e, m]) => [m, e]));

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string", short: "o" }, "max-kb": { type: "string", default: "8" } },
});
const [mode, input] = positionals;
if (!["inline", "extract"].includes(mode) || !input || !opt.out) {
  console.error("usage: inline-assets.mjs inline|extract INPUT -o OUTPUT [--max-kb N]");
  process.exit(2);
}

const baseDir = resolve(dirname(input));
const src = readFileSync(input, "utf8");
const REF = /(src=["']|url\(\s*["']?)([^"')\s]+)/g;

function inline() {
  const maxBytes = Number(opt["max-kb"]) * 1024;
  const skipped = [];
  let count = 0;
  const out = src.replace(REF, (whole, prefix, ref) => {
    if (/^(https?:|data:|\/\/|\/)/i.test(ref)) return whole;
    const full = resolve(baseDir, ref);
    if (!full.startsWith(baseDir + sep)) { skipped.push(`${ref} (outside input folder)`); return whole; }
    const mime = MIME[extname(full).toLowerCase()];
    if (!mime) { skipped.push(`${ref} (type not inlined)`); return whole; }
    let size;
    try { size = statSync(full).size; } catch { skipped.push(`${ref} (missing)`); return whole; }
    if (size > maxBytes) { skipped.push(`${ref} (${Math.round(size / 1024)} KB > limit)`); return whole; }
    count++;
    return `${prefix}data:${mime};base64,${readFileSync(full).toString("base64")}`;
  });
  writeFileSync(opt.out, out);
  console.log(`inlined ${count} reference(s): ${src.length} -> ${out.length} bytes`);
  for (const s of skipped) console.log(`skipped: ${s}`);
}

function extract() {
  const outDir = resolve(opt.out);
  mkdirSync(outDir, { recursive: true });
  let n = 0;
  const DATA = /data:([a-z0-9.+\/-]+);base64,([A-Za-z0-9+/=]+)/gi;
  const html = src.replace(DATA, (whole, mime, b64) => {
    const ext = EXT[mime.toLowerCase()];
    if (!ext) { console.log(`left in place: data URI of type ${mime}`); return whole; }
    const name = `asset-${String(++n).padStart(3, "0")}${ext}`;
    writeFileSync(join(outDir, name), Buffer.from(b64, "base64")); // bytes to disk, nothing executed
    return name; // index file is written next to the assets
  });
  writeFileSync(join(outDir, "index" + (extname(input) || ".html")), html);
  console.log(`extracted ${n} asset(s) to ${outDir}`);
}

mode === "inline" ? inline() : extract();
