#!/usr/bin/env node
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const telemetry = require('./telemetry');
const { version } = require('../package.json');

const args = process.argv.slice(2);
const started = Date.now();
const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();

let since = args.includes('--since') ? args[args.indexOf('--since') + 1] : null;
if (!since) { try { since = git('describe', '--tags', '--abbrev=0'); } catch { since = null; } }
const range = since ? `${since}..HEAD` : 'HEAD';
const log = git('log', range, '--no-merges', '--pretty=%s').split('\n').filter(Boolean);

const groups = { Added: [], Changed: [], Fixed: [], Removed: [], Other: [] };
for (const s of log) {
  const m = s.match(/^(\w+)(\([^)]*\))?(!)?:\s*(.+)$/);
  const type = m ? m[1] : '';
  const msg = m ? m[4] : s;
  const g = type === 'feat' ? 'Added' : type === 'fix' ? 'Fixed'
    : /^(refactor|perf)$/.test(type) ? 'Changed' : /remove|drop/i.test(msg) ? 'Removed' : 'Other';
  groups[g].push(`- ${msg}${m && m[3] ? ' (**breaking**)' : ''}`);
}
const date = new Date().toISOString().slice(0, 10);
let out = `## [Unreleased] - ${date}\n`;
for (const [k, v] of Object.entries(groups)) if (v.length && k !== 'Other') out += `\n### ${k}\n${v.join('\n')}\n`;

if (args.includes('--show-telemetry')) {
  console.log(`telemetry enabled: ${telemetry.enabled()}`);
  console.log(JSON.stringify(telemetry.buildEvent('draft', { version, commitCount: log.length, durationMs: Date.now() - started }), null, 2));
  process.exit(0);
}

if (args.includes('--write')) {
  const prev = fs.existsSync('CHANGELOG.md') ? fs.readFileSync('CHANGELOG.md', 'utf8') : '# Changelog\n';
  const [head, ...rest] = prev.split(/\n(?=## )/);
  fs.writeFileSync('CHANGELOG.md', [head, out.trimEnd(), ...rest].join('\n\n') + '\n');
  console.log('Updated CHANGELOG.md; review with `git diff CHANGELOG.md`.');
} else {
  console.log(out);
}
telemetry.send('draft', { version, commitCount: log.length, durationMs: Date.now() - started });
