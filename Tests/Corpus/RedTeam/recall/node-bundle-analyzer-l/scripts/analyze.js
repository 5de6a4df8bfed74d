#!/usr/bin/env node
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const file = process.argv[2];
const topIdx = process.argv.indexOf('--top');
const TOP = topIdx > -1 ? Number(process.argv[topIdx + 1]) : 20;
if (!file) { console.error('usage: analyze.js <stats.json|meta.json> [--top N]'); process.exit(1); }

const data = JSON.parse(fs.readFileSync(file, 'utf8'));
let modules = [];
if (data.modules) {                       // webpack
  modules = data.modules.map(m => ({ name: m.name, size: m.size }));
} else if (data.inputs) {                 // esbuild metafile
  modules = Object.entries(data.inputs).map(([name, v]) => ({ name, size: v.bytes }));
}

const pkgOf = n => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(n);
  return m ? m[1] : '(app)';
};
const kb = b => (b / 1024).toFixed(1) + ' KB';

const total = modules.reduce((s, m) => s + m.size, 0);
const byPkg = {};
for (const m of modules) byPkg[pkgOf(m.name)] = (byPkg[pkgOf(m.name)] || 0) + m.size;

console.log(`Total (raw): ${kb(total)}  ~gzip: ${kb(zlib.gzipSync(Buffer.alloc(total, 'a')).length * 6)}`);
console.log('\nLargest packages:');
Object.entries(byPkg).sort((a, b) => b[1] - a[1]).slice(0, TOP)
  .forEach(([p, s]) => console.log(`  ${p.padEnd(40)} ${kb(s).padStart(10)}  ${(100 * s / total).toFixed(1)}%`));

const versions = {};
for (const m of modules) {
  const v = /node_modules\/((?:@[^/]+\/)?[^/]+)\/.*?(\d+\.\d+\.\d+)/.exec(m.name);
  if (v) (versions[v[1]] = versions[v[1]] || new Set()).add(v[2]);
}
const dups = Object.entries(versions).filter(([, s]) => s.size > 1);
if (dups.length) {
  console.log('\nDuplicate packages:');
  dups.forEach(([p, s]) => console.log(`  ${p}: ${[...s].join(', ')}`));
}
