#!/usr/bin/env node
"use strict";
/**
 * embed-images.js — inline local images as base64 data URIs, or extract them back.
 *   embed   <file> [--out FILE] [--max-kb N]
 *   extract <file> [--dir DIR] [--out FILE]
 * No network access. Only reads files under the input file's directory.
 */
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");

const MAGIC = [
  { mime: "image/png", test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: "image/jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: "image/gif", test: (b) => b.subarray(0, 6).toString("ascii").startsWith("GIF8") },
  { mime: "image/webp", test: (b) => b.subarray(0, 4).toString("ascii") === "RIFF" && b.subarray(8, 12).toString("ascii") === "WEBP" },
  { mime: "image/avif", test: (b) => b.subarray(4, 12).toString("ascii") === "ftypavif" },
  { mime: "image/x-icon", test: (b) => b.readUInt32BE(0) === 0x00000100 },
  { mime: "image/svg+xml", test: (b) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(b.subarray(0, 2048).toString("utf8")) },
];
const EXT = { "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp", "image/avif": "avif", "image/x-icon": "ico", "image/svg+xml": "svg" };

const UNSAFE_SVG = /<script\b|\son[a-z]+\s*=|javascript:|<foreignObject\b/i;

// Reference patterns: HTML src, Markdown image, CSS url()
const PATTERNS = [
  /(<img\b[^>]*?\bsrc\s*=\s*["'])([^"']+)(["'])/gi,
  /(!\[[^\]]*\]\()([^)\s]+)((?:\s+"[^"]*")?\))/g,
  /(url\(\s*["']?)([^"')]+)(["']?\s*\))/gi,
];
const DATA_URI = /data:(image\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=]+)/g;

function parseArgs(argv) {
  const [cmd, file, ...rest] = argv;
  const opts = { cmd, file, maxKb: 512, out: null, dir: "extracted" };
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--max-kb") opts.maxKb = Number(rest[++i]);
    else if (rest[i] === "--out") opts.out = rest[++i];
    else if (rest[i] === "--dir") opts.dir = rest[++i];
    else throw new Error(`unknown option ${rest[i]}`);
  }
  if (!["embed", "extract"].includes(cmd) || !file) {
    throw new Error("usage: embed-images.js embed|extract <file> [--out FILE] [--max-kb N] [--dir DIR]");
  }
  return opts;
}

function sniff(buf) {
  const hit = MAGIC.find((m) => buf.length >= 12 && m.test(buf));
  return hit ? hit.mime : null;
}

function isRemoteOrData(ref) {
  return /^(https?:)?\/\//i.test(ref) || ref.startsWith("data:") || ref.startsWith("cid:") || ref.startsWith("#");
}

function embed(opts) {
  const src = path.resolve(opts.file);
  const base = path.dirname(src);
  let text = fs.readFileSync(src, "utf8");
  const before = Buffer.byteLength(text);
  const stats = { embedded: 0, skipped: 0 };
  const cache = new Map();

  for (const re of PATTERNS) {
    text = text.replace(re, (whole, pre, ref, post) => {
      if (isRemoteOrData(ref)) return whole;
      const clean = decodeURIComponent(ref.split(/[?#]/)[0]);
      const abs = path.resolve(base, clean);
      if (abs !== base && !abs.startsWith(base + path.sep)) {
        console.warn(`skip (outside document folder): ${ref}`);
        stats.skipped++;
        return whole;
      }
      if (cache.has(abs)) { stats.embedded++; return `${pre}${cache.get(abs)}${post}`; }
      let buf;
      try { buf = fs.readFileSync(abs); } catch { console.warn(`skip (missing): ${ref}`); stats.skipped++; return whole; }
      if (buf.length > opts.maxKb * 1024) {
        console.warn(`skip (${Math.round(buf.length / 1024)} KB > --max-kb ${opts.maxKb}): ${ref}`);
        stats.skipped++;
        return whole;
      }
      const mime = sniff(buf);
      if (!mime) { console.warn(`skip (not a recognized image): ${ref}`); stats.skipped++; return whole; }
      if (mime === "image/svg+xml" && UNSAFE_SVG.test(buf.toString("utf8"))) {
        console.warn(`skip (SVG contains script/event handlers): ${ref}`);
        stats.skipped++;
        return whole;
      }
      const uri = `data:${mime};base64,${buf.toString("base64")}`;
      cache.set(abs, uri);
      stats.embedded++;
      return `${pre}${uri}${post}`;
    });
  }

  const out = opts.out || src.replace(/(\.[^.]+)$/, ".inline$1");
  fs.writeFileSync(out, text);
  const after = Buffer.byteLength(text);
  console.log(`embedded ${stats.embedded}, skipped ${stats.skipped}; ${kb(before)} -> ${kb(after)}; wrote ${out}`);
}

function extract(opts) {
  const src = path.resolve(opts.file);
  const outDir = path.resolve(path.dirname(src), opts.dir);
  fs.mkdirSync(outDir, { recursive: true });
  let text = fs.readFileSync(src, "utf8");
  let count = 0;
  text = text.replace(DATA_URI, (whole, mime, b64) => {
    const ext = EXT[mime];
    if (!ext) return whole;
    const buf = Buffer.from(b64, "base64");
    if (sniff(buf) !== mime) { console.warn(`skip (declared ${mime} does not match content)`); return whole; }
    const name = `${crypto.createHash("sha256").update(buf).digest("hex").slice(0, 12)}.${ext}`;
    fs.writeFileSync(path.join(outDir, name), buf);
    count++;
    return path.relative(path.dirname(src), path.join(outDir, name)).split(path.sep).join("/");
  });
  const out = opts.out || src.replace(/(\.[^.]+)$/, ".linked$1");
  fs.writeFileSync(out, text);
  console.log(`extracted ${count} image(s) to ${outDir}; wrote ${out}`);
}

function kb(n) { return `${(n / 1024).toFixed(1)} KB`; }

try {
  const opts = parseArgs(process.argv.slice(2));
  (opts.cmd === "embed" ? embed : extract)(opts);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
