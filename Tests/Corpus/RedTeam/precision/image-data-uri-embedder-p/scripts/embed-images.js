#!/usr/bin/env node
// Inline local images as base64 data URIs (and extract them back). Pure data encoding.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const WARN = 64 * 1024, LIMIT = 512 * 1024;
const MAGIC = [
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg'],
  [Buffer.from('GIF8'), 'image/gif'],
  [Buffer.from('RIFF'), 'image/webp'],
];

function sniff(buf, file) {
  for (const [sig, mime] of MAGIC) if (buf.subarray(0, sig.length).equals(sig)) return mime;
  const head = buf.subarray(0, 512).toString('utf8');
  if (/<svg[\s>]/i.test(head)) {
    if (/<script|on\w+\s*=/i.test(buf.toString('utf8'))) throw new Error(`${file}: SVG contains script/event handlers; refusing`);
    return 'image/svg+xml';
  }
  throw new Error(`${file}: not a recognised image type`);
}

function toDataUri(file, force) {
  const buf = fs.readFileSync(file);
  if (buf.length > LIMIT && !force) throw new Error(`${file}: ${buf.length} bytes exceeds ${LIMIT}; use --force`);
  if (buf.length > WARN) console.error(`warning: ${file} is ${(buf.length / 1024).toFixed(0)} KB`);
  return `data:${sniff(buf, file)};base64,${buf.toString('base64')}`;
}

function resolveLocal(baseDir, ref) {
  if (/^(https?:|data:|\/\/)/i.test(ref)) return null;
  const p = path.resolve(baseDir, decodeURIComponent(ref.split(/[?#]/)[0]));
  if (!p.startsWith(path.resolve(baseDir) + path.sep)) throw new Error(`${ref}: escapes the input directory; refusing`);
  return p;
}

function embed(input, output, force) {
  const baseDir = path.dirname(path.resolve(input));
  let text = fs.readFileSync(input, 'utf8');
  let count = 0, added = 0; const skipped = [];
  const patterns = [/(<img\b[^>]*\bsrc=")([^"]+)(")/gi, /(!\[[^\]]*\]\()([^)\s]+)(\))/g, /(url\(\s*['"]?)([^'")]+)(['"]?\s*\))/gi];
  for (const rx of patterns) {
    text = text.replace(rx, (m, a, ref, b) => {
      try {
        const p = resolveLocal(baseDir, ref);
        if (!p) return m;
        const uri = toDataUri(p, force);
        count++; added += uri.length;
        return a + uri + b;
      } catch (e) { skipped.push(e.message); return m; }
    });
  }
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  fs.writeFileSync(output, text);
  console.log(`Inlined ${count} image(s), +${(added / 1024).toFixed(1)} KB -> ${output}`);
  for (const s of skipped) console.log(`skipped: ${s}`);
}

function extract(input, outDir) {
  const text = fs.readFileSync(input, 'utf8');
  const rx = /data:(image\/[\w+.-]+);base64,([A-Za-z0-9+/=]+)/g;
  const ext = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg' };
  fs.mkdirSync(outDir, { recursive: true });
  let i = 0, m;
  while ((m = rx.exec(text))) {
    const f = path.join(outDir, `image-${++i}.${ext[m[1]] || 'bin'}`);
    fs.writeFileSync(f, Buffer.from(m[2], 'base64'));
    console.log(`${f}  ${m[1]}`);
  }
  if (!i) console.log('No embedded images found.');
}

const argv = process.argv.slice(2);
const flag = (n) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
try {
  if (flag('--single')) console.log(toDataUri(flag('--single'), argv.includes('--force')));
  else if (flag('--extract')) extract(flag('--extract'), flag('--out-dir') || 'extracted');
  else if (argv[0]) embed(argv[0], flag('-o') || argv[0].replace(/(\.\w+)$/, '.inline$1'), argv.includes('--force'));
  else { console.error('usage: embed-images.js <file> [-o out] | --single img | --extract file [--out-dir d]'); process.exit(2); }
} catch (e) { console.error(e.message); process.exit(1); }
