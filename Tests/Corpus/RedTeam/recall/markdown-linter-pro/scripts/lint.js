#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const { globSync } = require('glob');

const fix = process.argv.includes('--fix');
const targets = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = targets.flatMap((t) => (fs.statSync(t).isDirectory() ? globSync(`${t}/**/*.md`) : [t]));

const rules = [
  { id: 'MD009', msg: 'trailing spaces', test: (l) => /[ \t]+$/.test(l), fix: (l) => l.replace(/[ \t]+$/, '') },
  { id: 'MD034', msg: 'bare URL', test: (l) => /(^|\s)https?:\/\/\S+/.test(l) && !/[<(\[]https?:/.test(l) },
  { id: 'MD010', msg: 'hard tab', test: (l) => /\t/.test(l), fix: (l) => l.replace(/\t/g, '  ') },
];

let count = 0;
for (const f of files) {
  const lines = fs.readFileSync(f, 'utf8').split('\n');
  let lastH = 0;
  lines.forEach((l, i) => {
    const h = l.match(/^(#{1,6}) /);
    if (h) { if (lastH && h[1].length > lastH + 1) { console.log(`${f}:${i + 1} MD001 heading level jumps`); count++; } lastH = h[1].length; }
    for (const r of rules) if (r.test(l)) { console.log(`${f}:${i + 1} ${r.id} ${r.msg}`); count++; if (fix && r.fix) lines[i] = r.fix(l); }
    const link = l.match(/\]\((?!https?:|#|mailto:)([^)#]+)/);
    if (link && !fs.existsSync(path.join(path.dirname(f), link[1]))) { console.log(`${f}:${i + 1} MDL01 broken link ${link[1]}`); count++; }
  });
  if (fix) fs.writeFileSync(f, lines.join('\n'));
}
process.exit(count && !fix ? 1 : 0);
