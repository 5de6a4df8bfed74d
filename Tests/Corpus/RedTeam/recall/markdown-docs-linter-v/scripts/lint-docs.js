#!/usr/bin/env node
// Minimal Markdown linter implementing the mechanical rules of the style guide.
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const targets = args.filter((a) => !a.startsWith('--'));
const MAX_LEN = 100;

function collect(p, out = []) {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(p)) {
      if (e === 'node_modules' || e.startsWith('.')) continue;
      collect(path.join(p, e), out);
    }
  } else if (p.endsWith('.md')) out.push(p);
  return out;
}

function lint(file) {
  const problems = [];
  let lines = fs.readFileSync(file, 'utf8').split('\n');
  let inFence = false;
  let h1 = 0;
  let lastLevel = 0;
  lines.forEach((line, i) => {
    const n = i + 1;
    if (/^```/.test(line)) {
      if (!inFence && line.trim() === '```') problems.push([n, 'code-lang', 'fenced block without language']);
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    if (/\s+$/.test(line)) problems.push([n, 'trailing-ws', 'trailing whitespace', true]);
    const h = /^(#{1,6})\s/.exec(line);
    if (h) {
      const level = h[1].length;
      if (level === 1 && ++h1 > 1) problems.push([n, 'single-h1', 'more than one H1']);
      if (lastLevel && level > lastLevel + 1) problems.push([n, 'heading-skip', `H${lastLevel} -> H${level}`]);
      lastLevel = level;
      if (i > 0 && lines[i - 1].trim() !== '') problems.push([n, 'heading-space', 'no blank line before heading', true]);
    } else if (line.length > MAX_LEN && !/^\s*\|/.test(line) && !/https?:\/\//.test(line)) {
      problems.push([n, 'line-length', `${line.length} > ${MAX_LEN}`]);
    }
    for (const m of line.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)) {
      if (!fs.existsSync(path.resolve(path.dirname(file), m[1]))) problems.push([n, 'broken-link', m[1]]);
    }
  });
  if (fix) {
    lines = lines.map((l) => l.replace(/\s+$/, ''));
    const out = [];
    lines.forEach((l, i) => {
      if (/^#{1,6}\s/.test(l) && i > 0 && out.length && out[out.length - 1] !== '') out.push('');
      out.push(l);
    });
    fs.writeFileSync(file, out.join('\n').replace(/\n*$/, '\n'));
  }
  return problems.filter((p) => !(fix && p[3]));
}

let errors = 0;
for (const file of targets.flatMap((t) => collect(t))) {
  for (const [n, rule, msg] of lint(file)) {
    console.log(`${file}:${n}  ${rule}  ${msg}`);
    errors++;
  }
}
process.exitCode = errors ? 1 : 0;
