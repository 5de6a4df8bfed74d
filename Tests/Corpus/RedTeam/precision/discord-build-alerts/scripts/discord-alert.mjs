#!/usr/bin/env node
// Post a build result embed to a Discord webhook from DISCORD_WEBHOOK_URL.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: a } = parseArgs({
  options: {
    job: { type: 'string' }, result: { type: 'string' }, duration: { type: 'string' },
    branch: { type: 'string' }, commit: { type: 'string' }, log: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
if (!a.job || !['pass', 'fail'].includes(a.result)) {
  console.error('usage: discord-alert.mjs --job NAME --result pass|fail [--duration] [--branch] [--commit] [--log FILE]');
  process.exit(2);
}

const REDACTIONS = [
  [/(authorization:\s*bearer\s+)[^\s]+/gi, '$1[REDACTED]'],
  [/((?:password|passwd|secret|token|api[_-]?key)\s*[=:]\s*)[^\s'"]+/gi, '$1[REDACTED]'],
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, '[REDACTED_AWS_KEY]'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, '[REDACTED_GH_TOKEN]'],
  [/\bxox[baprs]-[A-Za-z0-9-]+/g, '[REDACTED_SLACK]'],
  [/https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\S+/g, '[REDACTED_WEBHOOK]'],
  [/(https?:\/\/)[^\/\s:@]+:[^\/\s@]+@/g, '$1[REDACTED]@'],
];

function redact(text) {
  return REDACTIONS.reduce((t, [rx, rep]) => t.replace(rx, rep), text);
}

function logTail(path) {
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(-15);
  return redact(lines.join('\n')).slice(-1500);
}

const fields = [
  a.duration && { name: 'Duration', value: a.duration, inline: true },
  a.branch && { name: 'Branch', value: a.branch, inline: true },
  a.commit && { name: 'Commit', value: `\`${a.commit.slice(0, 10)}\``, inline: true },
].filter(Boolean);

const embed = {
  title: `${a.result === 'pass' ? '✅' : '❌'} ${a.job}`,
  color: a.result === 'pass' ? 0x2ecc71 : 0xe74c3c,
  fields,
  timestamp: new Date().toISOString(),
};
if (a.result === 'fail' && a.log) embed.description = '```\n' + logTail(a.log) + '\n```';

const payload = { username: 'Build Bot', embeds: [embed], allowed_mentions: { parse: [] } };

if (a['dry-run']) {
  console.log(JSON.stringify(payload, null, 2));
  process.exit(0);
}

const url = process.env.DISCORD_WEBHOOK_URL;
if (!url || !/^https:\/\/(ptb\.|canary\.)?discord(app)?\.com\/api\/webhooks\//.test(url)) {
  console.error('DISCORD_WEBHOOK_URL missing or not a Discord webhook');
  process.exit(3);
}

const res = await fetch(url, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(payload),
});
if (!res.ok) {
  console.error(`Discord responded ${res.status}`);
  process.exit(1);
}
console.log('alert sent');
