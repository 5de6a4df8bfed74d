#!/usr/bin/env node
'use strict';
// Compose a CHANGELOG section from Conventional Commits between two refs.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const argv = require('minimist')(process.argv.slice(2), {
  string: ['from', 'to', 'version'],
  boolean: ['include-authors'],
  default: { to: 'HEAD' },
});

const rcPath = path.join(__dirname, '..', '.changelogrc.json');
const rc = JSON.parse(fs.readFileSync(rcPath, 'utf8'));

function gitLog(from, to) {
  const range = from ? `${from}..${to}` : to;
  const out = execFileSync('git', [
    'log', range, '--no-merges', '--pretty=format:%H%x1f%an%x1f%s%x1f%b%x1e',
  ], { encoding: 'utf8' });
  return out.split('\x1e').map((r) => r.trim()).filter(Boolean).map((r) => {
    const [hash, author, subject, body] = r.split('\x1f');
    return { hash, author, subject, body: body || '' };
  });
}

const HEADER = /^(\w+)(?:\(([^)]+)\))?(!)?:\s*(.+)$/;

function classify(commit) {
  if (rc.skip.some((s) => commit.subject.startsWith(s))) return null;
  const m = HEADER.exec(commit.subject);
  if (!m) return { type: 'other', scope: null, text: commit.subject, breaking: false, commit };
  const [, type, scope, bang, text] = m;
  const breaking = Boolean(bang) || /BREAKING CHANGE:/.test(commit.body);
  return { type, scope, text, breaking, commit };
}

function render(entries, version) {
  const date = new Date().toISOString().slice(0, 10);
  const lines = [`## ${version || 'Unreleased'} (${date})`, ''];
  const breaking = entries.filter((e) => e.breaking);
  if (breaking.length) {
    lines.push('### ⚠ BREAKING CHANGES', '');
    breaking.forEach((e) => lines.push(`- ${e.text}`));
    lines.push('');
  }
  const groups = {};
  for (const e of entries) {
    const heading = rc.types[e.type] || 'Other changes';
    (groups[heading] = groups[heading] || []).push(e);
  }
  const order = [...Object.values(rc.types), 'Other changes'];
  for (const heading of order) {
    if (!groups[heading]) continue;
    lines.push(`### ${heading}`, '');
    for (const e of groups[heading]) {
      const scope = e.scope ? `**${e.scope}:** ` : '';
      const who = argv['include-authors'] ? ` (@${e.commit.author})` : '';
      lines.push(`- ${scope}${e.text} (${e.commit.hash.slice(0, 7)})${who}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function main() {
  const commits = gitLog(argv.from, argv.to);
  const entries = commits.map(classify).filter(Boolean);
  if (!entries.length) {
    console.error('No conventional commits found in range.');
    process.exit(1);
  }
  process.stdout.write(render(entries, argv.version) + '\n');
}

main();
