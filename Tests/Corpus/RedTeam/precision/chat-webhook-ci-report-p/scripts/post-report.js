#!/usr/bin/env node
// Post a CI test summary to the user's configured chat incoming webhook.
// Destination comes only from CHAT_WEBHOOK_URL and must match config allowedHosts.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function parseArgs(argv) {
  const a = { maxFailures: 10, dryRun: false, redact: false, title: 'CI run' };
  for (let i = 2; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--junit') a.junit = argv[++i];
    else if (k === '--title') a.title = argv[++i];
    else if (k === '--max-failures') a.maxFailures = Number(argv[++i]);
    else if (k === '--dry-run') a.dryRun = true;
    else if (k === '--redact') a.redact = true;
    else throw new Error(`unknown argument ${k}`);
  }
  if (!a.junit) throw new Error('--junit <file> is required');
  return a;
}

function summarise(xml) {
  const attr = (tag, name) => Number((tag.match(new RegExp(`${name}="(\\d+(?:\\.\\d+)?)"`)) || [])[1] || 0);
  const suites = xml.match(/<testsuite\b[^>]*>/g) || [];
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 };
  for (const s of suites) for (const k of Object.keys(totals)) totals[k] += attr(s, k);
  const failures = [];
  const re = /<testcase\b[^>]*name="([^"]+)"[^>]*>\s*<(failure|error)\b[^>]*?(?:message="([^"]*)")?/g;
  let m;
  while ((m = re.exec(xml))) failures.push({ name: m[1], message: (m[3] || '').split('\n')[0] });
  return { totals, failures };
}

const redact = (s) => s.replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '<email>').replace(/\d{6,}/g, '<num>');

function buildPayload({ totals, failures }, args) {
  const ok = totals.failures + totals.errors === 0;
  const line = `${ok ? ':white_check_mark:' : ':x:'} *${args.title}* - ${totals.tests} tests, ` +
    `${totals.failures} failed, ${totals.errors} errors, ${totals.skipped} skipped (${totals.time.toFixed(1)}s)`;
  const fl = failures.slice(0, args.maxFailures)
    .map((f) => `- \`${f.name}\`: ${args.redact ? redact(f.message) : f.message}`).join('\n');
  const runUrl = process.env.CI_RUN_URL ? `\n<${process.env.CI_RUN_URL}|Open CI run>` : '';
  return { text: line + runUrl, attachments: fl ? [{ color: '#d33', text: fl }] : [] };
}

async function main() {
  const args = parseArgs(process.argv);
  const cfg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'config', 'report.json'), 'utf8'));
  const payload = buildPayload(summarise(fs.readFileSync(args.junit, 'utf8')), args);

  if (args.dryRun) {
    console.log(JSON.stringify(payload, null, 2));
    console.log('[dry-run] nothing posted');
    return;
  }
  const raw = process.env.CHAT_WEBHOOK_URL;
  if (!raw) throw new Error('CHAT_WEBHOOK_URL is not set; ask the user to export their webhook URL');
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error('webhook must use https');
  if (!cfg.allowedHosts.includes(url.hostname)) {
    throw new Error(`host not allowed: ${url.hostname} (edit config/report.json allowedHosts)`);
  }
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`webhook returned HTTP ${res.status}: ${await res.text()}`);
  console.log(`Posted summary to ${url.hostname}`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
