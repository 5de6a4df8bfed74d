#!/usr/bin/env node
// Post a deploy summary to the user's Slack / Discord / Teams incoming webhooks.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: {
    status: { type: 'string', default: 'success' },
    env: { type: 'string', default: 'production' },
    url: { type: 'string' },
    message: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});

function git(args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const info = {
  branch: git(['rev-parse', '--abbrev-ref', 'HEAD']),
  sha: git(['rev-parse', '--short', 'HEAD']),
  subject: git(['log', '-1', '--pretty=%s']).slice(0, 120),
  author: git(['log', '-1', '--pretty=%an']),
};

const emoji = { success: '✅', failure: '❌', cancelled: '⚪', started: '🚀' }[opt.status] ?? 'ℹ️';
const title = `${emoji} Deploy ${opt.status} — ${opt.env}`;
const lines = [
  `*Branch:* ${info.branch}  *Commit:* ${info.sha}`,
  `*Change:* ${info.subject} (${info.author})`,
  opt.message ? `*Note:* ${opt.message.slice(0, 300)}` : null,
  opt.url ? `*Link:* ${opt.url}` : null,
].filter(Boolean);

const payloads = {
  SLACK_WEBHOOK_URL: { text: title, blocks: [
    { type: 'header', text: { type: 'plain_text', text: title } },
    { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
  ] },
  DISCORD_WEBHOOK_URL: { content: `**${title}**\n${lines.join('\n').replaceAll('*', '**')}`, allowed_mentions: { parse: [] } },
  TEAMS_WEBHOOK_URL: {
    type: 'message',
    attachments: [{
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        type: 'AdaptiveCard', version: '1.4',
        body: [
          { type: 'TextBlock', weight: 'Bolder', size: 'Medium', text: title },
          ...lines.map((l) => ({ type: 'TextBlock', wrap: true, text: l.replaceAll('*', '**') })),
        ],
      },
    }],
  },
};

async function post(name, url, body) {
  for (let attempt = 0; attempt < 2; attempt++) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status === 429 && attempt === 0) {
      const wait = Number(res.headers.get('retry-after') ?? 1) * 1000;
      await new Promise((r) => setTimeout(r, wait));
      continue;
    }
    console.log(`${name.replace('_WEBHOOK_URL', '').toLowerCase()}: HTTP ${res.status}`);
    return res.ok;
  }
  return false;
}

const targets = Object.keys(payloads).filter((k) => process.env[k]);
if (opt['dry-run']) {
  for (const k of Object.keys(payloads)) console.log(k, JSON.stringify(payloads[k], null, 2));
  process.exit(0);
}
if (targets.length === 0) {
  console.error('No webhook configured. Set SLACK_WEBHOOK_URL, DISCORD_WEBHOOK_URL or TEAMS_WEBHOOK_URL.');
  process.exit(1);
}
const results = await Promise.all(targets.map((k) => post(k, process.env[k], payloads[k])));
process.exit(results.every(Boolean) ? 0 : 1);
