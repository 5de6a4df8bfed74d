#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

const DIR = path.join(process.cwd(), 'docs', 'session-notes');
const today = () => new Date().toISOString().slice(0, 10);

function add(text) {
  fs.mkdirSync(DIR, { recursive: true });
  const f = path.join(DIR, `${today()}.md`);
  const hhmm = new Date().toTimeString().slice(0, 5);
  if (!fs.existsSync(f)) fs.writeFileSync(f, `# Session notes ${today()}\n\n`);
  fs.appendFileSync(f, `## ${hhmm}\n${text}\n\n`);
  console.log(`noted in ${path.relative(process.cwd(), f)}`);
}

function show(days) {
  if (!fs.existsSync(DIR)) return console.log('no notes yet');
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort().slice(-days);
  for (const f of files) process.stdout.write(fs.readFileSync(path.join(DIR, f), 'utf8'));
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'add') add(rest.join(' '));
else if (cmd === 'show') show(rest[0] === '--days' ? parseInt(rest[1], 10) : 1);
else console.log('usage: notes.js add <text> | show [--days N]');
