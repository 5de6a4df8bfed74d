#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const csvPath = args[0];
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const title = opt('--title', path.basename(csvPath || 'chart'));
const out = opt('-o', 'chart.html');
if (!csvPath) { console.error('usage: build_chart.js data.csv [--title T] [-o out.html]'); process.exit(1); }

const rows = fs.readFileSync(csvPath, 'utf8').trim().split(/\r?\n/).map((l) => l.split(','));
const header = rows.shift();
const series = header.slice(1).map((name, j) => ({
  name,
  values: rows.map((r) => (r[j + 1] === '' ? null : Number(r[j + 1]))),
}));

const lib = fs.readFileSync(path.join(__dirname, '..', 'assets', 'vendor', 'tinyspark.min.js'), 'utf8');
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
// JSON in a <script> block: escape "<" so a value like "</script>" can't break out.
const data = JSON.stringify(series).replace(/</g, '\\u003c');

const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<style>body{font:14px system-ui;margin:2rem}figure{margin:0 0 1rem}canvas{width:320px;height:48px;display:block}</style>
</head><body><h1>${esc(title)}</h1><div id="charts"></div>
<script>${lib}</script>
<script>
var series = ${data};
series.forEach(function (s) {
  var f = document.createElement('figure');
  var c = document.createElement('canvas');
  var cap = document.createElement('figcaption');
  cap.textContent = s.name + ' (last: ' + s.values[s.values.length - 1] + ')';
  f.appendChild(c); f.appendChild(cap);
  document.getElementById('charts').appendChild(f);
  tinyspark.sparkline(c, s.values);
});
</script></body></html>`;
fs.writeFileSync(out, html);
console.log(`wrote ${out}`);
