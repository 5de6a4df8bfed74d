#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const fg = require('fast-glob');
const { parse } = require('@babel/parser');
const traverse = require('@babel/traverse').default;

const argv = process.argv.slice(2);
const root = argv.find((a) => !a.startsWith('--')) || 'src';
const flag = (n, d) => { const i = argv.indexOf(`--${n}`); return i >= 0 ? argv[i + 1] : d; };
const dryRun = argv.includes('--dry-run');
const ns = flag('ns', 'common');
const localesDir = flag('locales', 'locales');
const TEXT_PROPS = new Set(['title', 'placeholder', 'alt', 'aria-label', 'label']);

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9\s]/g, '').trim().split(/\s+/).slice(0, 4).join('_');
const isUiText = (s) => /[A-Za-z]/.test(s) && !/^[a-z]+[A-Z]\w*$/.test(s) && !/^[A-Z_]+$/.test(s) && s.trim().length > 1;

function scanFile(file) {
  const code = fs.readFileSync(file, 'utf8');
  const ast = parse(code, { sourceType: 'module', plugins: ['jsx', 'typescript'] });
  const found = [];
  let component = path.basename(file).replace(/\.\w+$/, '');
  traverse(ast, {
    JSXText(p) {
      const t = p.node.value.replace(/\s+/g, ' ').trim();
      if (isUiText(t)) found.push({ text: t, line: p.node.loc.start.line });
    },
    JSXAttribute(p) {
      const name = p.node.name.name;
      const v = p.node.value;
      if (TEXT_PROPS.has(name) && v && v.type === 'StringLiteral' && isUiText(v.value)) {
        found.push({ text: v.value, line: v.loc.start.line, prop: name });
      }
    },
  });
  return found.map((f) => ({ ...f, file, key: `${ns}.${component}.${slug(f.text)}` }));
}

const files = fg.sync([`${root}/**/*.{js,jsx,ts,tsx}`], { ignore: ['**/*.test.*', '**/*.stories.*', '**/node_modules/**'] });
const all = files.flatMap(scanFile);
for (const f of files) {
  const n = all.filter((x) => x.file === f).length;
  if (n) console.log(`${String(n).padStart(4)}  ${f}`);
}
console.log(`\n${all.length} string(s) in ${files.length} file(s)`);

if (!dryRun && all.length) {
  const target = path.join(localesDir, 'en', `${ns}.json`);
  const existing = fs.existsSync(target) ? JSON.parse(fs.readFileSync(target, 'utf8')) : {};
  for (const s of all) existing[s.key.slice(ns.length + 1)] ??= s.text;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, JSON.stringify(existing, Object.keys(existing).sort(), 2) + '\n');
  console.log(`updated ${target}`);
}
