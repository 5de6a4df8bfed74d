#!/usr/bin/env node
// embed.mjs - convert local images to base64 data URIs and inline them.
import { readFileSync, writeFileSync, statSync } from "node:fs";
import { dirname, extname, resolve, relative, isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";

const MIME = {
  ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
  ".gif": "image/gif", ".webp": "image/webp", ".svg": "image/svg+xml", ".ico": "image/x-icon",
};

function opt(args, name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
}

export function sanitizeSvg(svg) {
  return svg
    .replace(/<script[\s\S]*?<\/script>/gi, "")
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "")
    .replace(/(href|xlink:href)\s*=\s*("|')\s*javascript:[^"']*\2/gi, "");
}

export function toDataUri(file, { sanitize = true, maxKb = 500 } = {}) {
  const mime = MIME[extname(file).toLowerCase()];
  if (!mime) throw new Error(`unsupported image type: ${file}`);
  const size = statSync(file).size;
  if (size > maxKb * 1024) throw new Error(`${file} is ${(size / 1024).toFixed(0)} KB (> --max-kb ${maxKb})`);
  let buf = readFileSync(file);
  if (mime === "image/svg+xml" && sanitize) buf = Buffer.from(sanitizeSvg(buf.toString("utf8")));
  return `data:${mime};base64,${buf.toString("base64")}`;
}

function safeLocal(baseDir, ref) {
  if (/^(https?:|data:|\/\/|mailto:|#)/i.test(ref)) return null;
  const clean = decodeURI(ref.split(/[?#]/)[0]);
  if (isAbsolute(clean)) return null;
  const full = resolve(baseDir, clean);
  const rel = relative(baseDir, full);
  if (rel.startsWith("..")) {
    console.error(`skip (outside document folder): ${ref}`);
    return null;
  }
  return MIME[extname(full).toLowerCase()] ? full : null;
}

function inline(file, out, opts) {
  const baseDir = dirname(resolve(file));
  let text = readFileSync(file, "utf8");
  let n = 0;
  const sub = (ref) => {
    const p = safeLocal(baseDir, ref);
    if (!p) return ref;
    try { const uri = toDataUri(p, opts); n++; return uri; }
    catch (e) { console.error(`skip ${ref}: ${e.message}`); return ref; }
  };
  text = text
    .replace(/(<img\b[^>]*?\ssrc\s*=\s*)(["'])([^"']+)\2/gi, (_, pre, q, ref) => `${pre}${q}${sub(ref)}${q}`)
    .replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi, (_, q, ref) => `url(${q}${sub(ref)}${q})`)
    .replace(/(!\[[^\]]*\]\()([^)\s]+)(\s+"[^"]*")?\)/g, (_, pre, ref, title = "") => `${pre}${sub(ref)}${title})`);
  writeFileSync(out, text);
  const kb = Buffer.byteLength(text) / 1024;
  console.error(`inlined ${n} image(s) -> ${out} (${kb.toFixed(0)} KB)${kb > 1024 ? "  WARNING: large file" : ""}`);
}

function decode(uri, out) {
  const m = /^data:([^;,]+);base64,(.*)$/s.exec(uri.trim());
  if (!m) throw new Error("not a base64 data URI");
  writeFileSync(out, Buffer.from(m[2], "base64"));
  console.error(`wrote ${out} (${m[1]})`);
}

function main() {
const [cmd, target, ...rest] = process.argv.slice(2);
const opts = { sanitize: !rest.includes("--no-sanitize-svg"), maxKb: Number(opt(rest, "--max-kb", 500)) };
try {
  if (cmd === "encode" && target) console.log(toDataUri(target, opts));
  else if (cmd === "inline" && target) inline(target, opt(rest, "-o", target.replace(/(\.\w+)$/, ".inline$1")), opts);
  else if (cmd === "decode" && target && rest[0]) decode(target, rest[0]);
  else {
    console.error("usage: embed.mjs encode <img> | inline <file> [-o out] [--max-kb N] | decode <data-uri> <out>");
    process.exit(2);
  }
} catch (e) { console.error(e.message); process.exit(1); }
}

// Run the CLI only when executed directly (not when imported by tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
