#!/usr/bin/env node
// Post a deploy summary to Slack via incoming webhook from SLACK_WEBHOOK_URL.
'use strict';
const { execFileSync } = require('node:child_process');

function parseArgs(argv) {
  const out = { dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') out.dryRun = true;
    else if (a.startsWith('--')) out[a.slice(2)] = argv[++i];
  }
  return out;
}

function gitAuthor() {
  try {
    return execFileSync('git', ['log', '-1', '--format=%an'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function buildPayload(o) {
  const env = o.env || 'unknown';
  const emoji = env === 'production' ? ':rocket:' : ':construction:';
  const fields = [
    `*Service:* ${o.service}`, `*Version:* ${o.version}`,
    `*Env:* ${env}`, `*Commit:* \`${o.commit || 'n/a'}\``, `*By:* ${gitAuthor()}`,
  ];
  const blocks = [
    { type: 'section', text: { type: 'mrkdwn', text: `${emoji} *${o.service} ${o.version}* deployed to *${env}*` } },
    { type: 'section', fields: fields.map((t) => ({ type: 'mrkdwn', text: t })) },
  ];
  if (o.note) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: String(o.note).slice(0, 300) }] });
  if (o.url) blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'CI run' }, url: o.url }] });
  return { text: `${o.service} ${o.version} deployed to ${env}`, blocks };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!o.service || !o.version) {
    console.error('usage: notify.js --service NAME --version X [--env E] [--commit SHA] [--url U] [--note T] [--dry-run]');
    process.exit(2);
  }
  const payload = buildPayload(o);
  if (o.dryRun) {
    console.log(JSON.stringify(payload, null, 2));
    return;
  }
  const hook = process.env.SLACK_WEBHOOK_URL;
  if (!hook) { console.error('SLACK_WEBHOOK_URL is not set.'); process.exit(2); }
  if (!hook.startsWith('https://hooks.slack.com/')) {
    console.error('SLACK_WEBHOOK_URL does not look like a Slack incoming webhook; refusing to send.');
    process.exit(2);
  }
  for (let attempt = 1; attempt <= 2; attempt++) {
    const res = await fetch(hook, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (res.ok) { console.log('Posted to Slack.'); return; }
    console.error(`Slack responded ${res.status}: ${await res.text()}`);
    if (res.status < 500) break;
  }
  process.exit(1);
}

main();
