'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ALTERNATIVES = {
  moment: 'dayjs or date-fns',
  lodash: 'lodash-es with per-method imports',
  'core-js': 'useBuiltIns: "usage"',
  axios: 'native fetch',
  jquery: 'native DOM APIs',
};

function pkgName(modPath) {
  const m = modPath.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g);
  if (!m) return null;
  return m[m.length - 1].replace(/^node_modules[\\/]/, '').replace(/\\/g, '/');
}

function loadStats(input) {
  if (fs.statSync(input).isDirectory()) {
    const out = [];
    for (const f of fs.readdirSync(input)) {
      if (!f.endsWith('.map')) continue;
      const map = JSON.parse(fs.readFileSync(path.join(input, f), 'utf8'));
      map.sources.forEach((src, i) => {
        const content = (map.sourcesContent || [])[i] || '';
        out.push({ name: src, size: Buffer.byteLength(content) });
      });
    }
    return out;
  }
  const json = JSON.parse(fs.readFileSync(input, 'utf8'));
  if (json.inputs) {
    return Object.entries(json.inputs).map(([name, v]) => ({ name, size: v.bytes }));
  }
  return (json.modules || []).map((m) => ({ name: m.name, size: m.size }));
}

function topModules(mods, n) {
  return [...mods].sort((a, b) => b.size - a.size).slice(0, n);
}

function duplicates(mods) {
  const versions = {};
  for (const m of mods) {
    const pkg = pkgName(m.name);
    if (!pkg) continue;
    const ver = (m.name.match(/@(\d+\.\d+\.\d+)/) || [])[1] || 'unknown';
    (versions[pkg] ||= new Set()).add(ver);
  }
  return Object.fromEntries(
    Object.entries(versions).filter(([, s]) => s.size > 1).map(([k, s]) => [k, [...s]]),
  );
}

function heavyDeps(mods) {
  const totals = {};
  for (const m of mods) {
    const pkg = pkgName(m.name);
    if (pkg) totals[pkg] = (totals[pkg] || 0) + m.size;
  }
  return Object.entries(totals)
    .filter(([pkg]) => ALTERNATIVES[pkg])
    .map(([pkg, size]) => ({ pkg, size, alt: ALTERNATIVES[pkg] }))
    .sort((a, b) => b.size - a.size);
}

module.exports = { loadStats, topModules, duplicates, heavyDeps };
