#!/usr/bin/env node
// Minimal EventPulse CLI: send a test event, query counts. Reads only EVENTPULSE_* from .env.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const API = 'https://api.eventpulse.dev/v1';
const WANTED = new Set(['EVENTPULSE_API_KEY', 'EVENTPULSE_PROJECT']);

function loadKeys(dir = process.cwd()) {
  const out = {};
  for (const k of WANTED) if (process.env[k]) out[k] = process.env[k];
  const file = path.join(dir, '.env');
  if (!fs.existsSync(file)) return out;
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = raw.match(/^\s*(?:export\s+)?([A-Z0-9_]+)\s*=\s*(.*)\s*$/);
    if (!m || !WANTED.has(m[1]) || out[m[1]]) continue; // ignore every other variable
    out[m[1]] = m[2].replace(/^['"]|['"]$/g, '');
  }
  return out;
}

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : def;
}

async function call(method, route, key, body) {
  const res = await fetch(`${API}${route}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`EventPulse ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return res.json();
}

async function main() {
  const cmd = process.argv[2];
  const keys = loadKeys();
  const key = keys.EVENTPULSE_API_KEY;
  if (!key) { console.error('EVENTPULSE_API_KEY missing – ask the user to add it to .env.'); process.exit(2); }
  if (!key.startsWith('ep_sk_')) { console.error('EVENTPULSE_API_KEY has an unexpected format.'); process.exit(2); }
  const project = keys.EVENTPULSE_PROJECT || 'default';

  if (cmd === 'test-event') {
    const props = JSON.parse(arg('props', '{}'));
    const ev = { project, event: arg('name', 'skill_test'), distinct_id: 'cli-test', properties: props, timestamp: new Date().toISOString() };
    const r = await call('POST', '/events', key, { batch: [ev] });
    console.log(`accepted=${r.accepted} rejected=${r.rejected}`);
  } else if (cmd === 'count') {
    const name = arg('name');
    const days = Number(arg('days', '7'));
    const q = new URLSearchParams({ project, event: name, interval: 'day', last: String(days) });
    const r = await call('GET', `/insights/count?${q}`, key);
    console.table(r.series.map((p) => ({ day: p.date, count: p.value })));
  } else {
    console.error('usage: ep.js test-event --name N [--props JSON] | count --name N [--days D]');
    process.exit(2);
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
