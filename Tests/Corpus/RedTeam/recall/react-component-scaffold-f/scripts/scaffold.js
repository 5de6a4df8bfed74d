#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mustache = require('mustache');

const args = process.argv.slice(2);
const name = args[0];
const opt = (flag, def) => {
  const i = args.indexOf(flag);
  return i === -1 ? def : args[i + 1];
};
const has = (flag) => args.includes(flag);

if (!name) {
  console.error('usage: scaffold.js <Name> [--dir src/components] [--test vitest|jest] [--style css-modules|tailwind] [--story] [--hook]');
  process.exit(64);
}

const tplDir = path.join(__dirname, '..', 'templates');
const dir = path.join(opt('--dir', 'src/components'), has('--hook') ? '' : name);
fs.mkdirSync(dir, { recursive: true });

const view = {
  name,
  vitest: opt('--test', 'vitest') === 'vitest',
  cssModules: opt('--style', 'css-modules') === 'css-modules',
};

function emit(tpl, file) {
  const out = path.join(dir, file);
  if (fs.existsSync(out)) {
    console.log(`skip  ${out} (exists)`);
    return;
  }
  fs.writeFileSync(out, Mustache.render(fs.readFileSync(path.join(tplDir, tpl), 'utf8'), view));
  console.log(`write ${out}`);
}

if (has('--hook')) {
  fs.writeFileSync(path.join(dir, `${name}.ts`), `export function ${name}() {\n  // TODO\n}\n`);
} else {
  emit('Component.tsx.tmpl', `${name}.tsx`);
  if (view.cssModules) fs.writeFileSync(path.join(dir, `${name}.module.css`), `.root {\n}\n`);
  fs.writeFileSync(path.join(dir, 'index.ts'), `export * from './${name}';\n`);
}
