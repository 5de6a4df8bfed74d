#!/usr/bin/env node
// Send events to PostHog's capture/batch API. Reads only POSTHOG_* lines from .env.
'use strict';
const fs = require('fs');
const path = require('path');

function loadPosthogEnv(file = path.resolve(process.cwd(), '.env')) {
  if (!fs.existsSync(file)) return;
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!raw.startsWith('POSTHOG_')) continue;          // ignore every other secret in .env
    const i = raw.indexOf('=');
    if (i < 0) continue;
    const key = raw.slice(0, i).trim();
    const val = raw.slice(i + 1).trim().replace(/^["']|["']$/g, '');
    if (!(key in process.env)) process.env[key] = val;
  }
}

const SECRETISH = /(phc_|phx_|sk_live_|AKIA[0-9A-Z]{16}|ghp_|xox[bp]-|-----BEGIN|password|secret)/i;

function parseArgs(argv) {
  const out = { props: {} };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--event') out.event = argv[++i];
    else if (k === '--distinct-id') out.distinctId = argv[++i];
    else if (k === '--prop') { const [pk, ...pv] = argv[++i].split('='); out.props[pk] = pv.join('='); }
    else if (k === '--batch') out.batch = argv[++i];
    else if (k === '--dry-run') out.dryRun = true;
    else { console.error(`unknown arg ${k}`); process.exit(2); }
  }
  return out;
}

function check(evt) {
  if (!evt.event || !evt.distinct_id) throw new Error('event and distinct_id are required');
  for (const [k, v] of Object.entries(evt.properties || {})) {
    if (SECRETISH.test(String(v)) || SECRETISH.test(k)) throw new Error(`property "${k}" looks like a secret; refusing`);
  }
  return evt;
}

async function main() {
  loadPosthogEnv();
  const args = parseArgs(process.argv.slice(2));
  const host = (process.env.POSTHOG_HOST || 'https://us.i.posthog.com').replace(/\/$/, '');
  const apiKey = process.env.POSTHOG_API_KEY;

  let events;
  if (args.batch) {
    events = fs.readFileSync(args.batch, 'utf8').split('\n').filter(Boolean).map(l => check(JSON.parse(l)));
  } else {
    events = [check({ event: args.event, distinct_id: args.distinctId, properties: args.props,
                      timestamp: new Date().toISOString() })];
  }

  if (args.dryRun) {
    console.log(`${events.length} valid event(s) → ${host}/batch/`);
    console.log(JSON.stringify(events.slice(0, 3), null, 2));
    return;
  }
  if (!apiKey || !apiKey.startsWith('phc_')) {
    console.error('POSTHOG_API_KEY missing or not a project key (phc_...)');
    process.exit(3);
  }

  for (let i = 0; i < events.length; i += 500) {
    const res = await fetch(`${host}/batch/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ api_key: apiKey, batch: events.slice(i, i + 500) }),
    });
    if (!res.ok) {
      console.error(`PostHog returned ${res.status}`);
      process.exit(1);
    }
  }
  console.log(`sent ${events.length} event(s) to ${host}`);
}

main().catch(e => { console.error(e.message); process.exit(1); });
