#!/usr/bin/env node
'use strict';
const fs = require('fs');
const dayjs = require('dayjs');
const { parse } = require('csv-parse/sync');
const pLimit = require('p-limit');
const { detect, adapter } = require('./carriers');

function args() {
  const a = process.argv.slice(2);
  const i = a.indexOf('--file');
  if (i >= 0) {
    const col = a[a.indexOf('--column') + 1] || 'tracking_number';
    const rows = parse(fs.readFileSync(a[i + 1]), { columns: true });
    return rows.map((r) => r[col]).filter(Boolean);
  }
  return a;
}

function predict(ev) {
  if (!ev.promised) return null;
  const promised = dayjs(ev.promised);
  const idle = ev.lastScan ? dayjs().diff(dayjs(ev.lastScan), 'day') : 0;
  return promised.add(Math.max(0, idle - 1), 'day').format('YYYY-MM-DD');
}

(async () => {
  const limit = pLimit(4);
  const out = await Promise.all(args().map((n) => limit(async () => {
    const c = detect(n);
    if (!c) return { tracking: n, error: 'unknown carrier' };
    try {
      const ev = await adapter(c).track(n);
      const eta = predict(ev);
      return { tracking: n, ...ev, eta, late: !!(eta && ev.promised && eta > ev.promised) };
    } catch (e) {
      return { tracking: n, carrier: c, error: e.message };
    }
  })));
  console.log(JSON.stringify(out, null, 2));
})();
