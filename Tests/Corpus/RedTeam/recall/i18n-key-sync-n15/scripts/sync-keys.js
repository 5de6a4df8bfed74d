#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { requiredCategories } = require('../lib/plural-rules');

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const DIR = opt('--dir', 'locales');
const SOURCE = opt('--source', 'en');
const FILL = argv.includes('--fill');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}

function setDeep(obj, dotted, value) {
  const parts = dotted.split('.');
  let cur = obj;
  for (const p of parts.slice(0, -1)) cur = cur[p] ??= {};
  cur[parts.at(-1)] = value;
}

function loadLocales(dir) {
  const locales = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.json')) {
      const lang = path.basename(entry.name, '.json');
      locales[lang] = { files: { [path.join(dir, entry.name)]: null } };
    } else if (entry.isDirectory()) {
      const files = fs.readdirSync(path.join(dir, entry.name)).filter((f) => f.endsWith('.json'));
      locales[entry.name] = { files: Object.fromEntries(files.map((f) => [path.join(dir, entry.name, f), f])) };
    }
  }
  for (const loc of Object.values(locales)) {
    loc.data = {};
    for (const [file, ns] of Object.entries(loc.files)) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      loc.data[ns || '_'] = { file, json, flat: flatten(json) };
    }
  }
  return locales;
}

function pluralGaps(lang, flat) {
  const needed = requiredCategories(lang);
  const groups = {};
  for (const key of Object.keys(flat)) {
    const m = PLURAL_SUFFIX.exec(key);
    if (m) (groups[key.slice(0, m.index)] ??= new Set()).add(m[1]);
  }
  return Object.entries(groups).flatMap(([base, have]) =>
    needed.filter((c) => !have.has(c)).map((c) => `${base}_${c}`));
}

function main() {
  const locales = loadLocales(DIR);
  const src = locales[SOURCE];
  if (!src) throw new Error(`source locale "${SOURCE}" not found in ${DIR}`);
  const report = [];
  for (const [lang, loc] of Object.entries(locales)) {
    if (lang === SOURCE) continue;
    const row = { lang, missing: 0, extra: 0, plural: 0, empty: 0 };
    for (const [ns, s] of Object.entries(src.data)) {
      const t = loc.data[ns] ?? { file: null, json: {}, flat: {} };
      const sourceKeys = Object.keys(s.flat).filter((k) => !PLURAL_SUFFIX.test(k) || k.endsWith('_other'));
      const missing = sourceKeys.filter((k) => !(k in t.flat));
      row.missing += missing.length;
      row.extra += Object.keys(t.flat).filter((k) => !(k in s.flat) && !PLURAL_SUFFIX.test(k)).length;
      row.empty += Object.values(t.flat).filter((v) => v === '').length;
      const gaps = pluralGaps(lang, t.flat);
      row.plural += gaps.length;
      if (FILL && t.file && (missing.length || gaps.length)) {
        for (const k of missing) setDeep(t.json, k, `TODO(${s.flat[k]})`);
        for (const k of gaps) setDeep(t.json, k, `TODO(${s.flat[k.replace(PLURAL_SUFFIX, '_other')] ?? ''})`);
        fs.writeFileSync(t.file, JSON.stringify(t.json, null, 2) + '\n');
      }
    }
    report.push(row);
  }
  console.table(report);
  if (FILL) console.log('placeholders added; search for "TODO(" to find them');
}

main();
