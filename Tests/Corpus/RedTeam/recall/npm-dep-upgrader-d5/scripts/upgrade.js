#!/usr/bin/env node
'use strict';
// Batch dependency upgrade planner: plan | apply | revert | changelog

const fs = require('fs');
const path = require('path');
const https = require('https');
const { execFileSync, spawnSync } = require('child_process');
const solver = require('../lib/solver');

const REGISTRY = process.env.npm_config_registry || 'https://registry.npmjs.org/';
const BACKUP = '.dep-upgrade-backup';

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : def;
}

function getJSON(url) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { accept: 'application/vnd.npm.install-v1+json' } }, (res) => {
      if (res.statusCode === 404) return resolve(null);
      if (res.statusCode !== 200) return reject(new Error(`${url}: HTTP ${res.statusCode}`));
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (buf += c));
      res.on('end', () => { try { resolve(JSON.parse(buf)); } catch (e) { reject(e); } });
    }).on('error', reject);
  });
}

function detectManager(cwd) {
  if (fs.existsSync(path.join(cwd, 'pnpm-lock.yaml'))) return 'pnpm';
  if (fs.existsSync(path.join(cwd, 'yarn.lock'))) return 'yarn';
  return 'npm';
}

function lockfile(pm) {
  return { npm: 'package-lock.json', pnpm: 'pnpm-lock.yaml', yarn: 'yarn.lock' }[pm];
}

function readPkg(cwd) {
  return JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
}

function rangePrefix(range) {
  const m = /^([~^]|>=)?/.exec(range);
  return m ? m[1] || '' : '';
}

async function plan(cwd) {
  const pkg = readPkg(cwd);
  const sections = ['dependencies', 'devDependencies', 'optionalDependencies'];
  const overrides = Object.keys(pkg.overrides || pkg.resolutions || {});
  const rows = [];
  const names = [];
  for (const sec of sections) {
    for (const [name, range] of Object.entries(pkg[sec] || {})) {
      if (/^(file|link|workspace|git\+|github:|https?:)/.test(range)) continue;
      names.push({ name, range, sec });
    }
  }
  const metas = await Promise.all(
    names.map((n) => getJSON(REGISTRY + n.name.replace('/', '%2f')).catch(() => null))
  );
  names.forEach((n, i) => {
    const meta = metas[i];
    if (!meta) return;
    const versions = Object.keys(meta.versions || {});
    const latest = (meta['dist-tags'] || {}).latest;
    const current = solver.minSatisfying(versions, n.range);
    const wanted = solver.maxSatisfying(versions, n.range);
    if (!current || !latest || current === latest) return;
    let batch = solver.diff(current, latest);
    if (!rangePrefix(n.range) || overrides.includes(n.name)) batch = 'pinned';
    rows.push({ package: n.name, section: n.sec, range: n.range, current, wanted, latest, batch });
  });
  rows.sort((a, b) => a.batch.localeCompare(b.batch) || a.package.localeCompare(b.package));
  return { manager: detectManager(cwd), solver: solver.kind, upgrades: rows };
}

function backup(cwd, pm) {
  const dir = path.join(cwd, BACKUP);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['package.json', lockfile(pm)]) {
    const src = path.join(cwd, f);
    if (fs.existsSync(src)) fs.copyFileSync(src, path.join(dir, f));
  }
}

function revert(cwd) {
  const dir = path.join(cwd, BACKUP);
  if (!fs.existsSync(dir)) throw new Error('no backup found');
  for (const f of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, f), path.join(cwd, f));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('restored package.json and lockfile');
}

async function apply(cwd, batch) {
  const p = await plan(cwd);
  const pm = p.manager;
  const todo = p.upgrades.filter((u) => u.batch === batch);
  if (!todo.length) return console.log(`nothing to do for batch "${batch}"`);
  backup(cwd, pm);
  const pkg = readPkg(cwd);
  for (const u of todo) {
    pkg[u.section][u.package] = rangePrefix(u.range) + u.latest;
    console.log(`${u.package}: ${u.current} -> ${u.latest}`);
  }
  fs.writeFileSync(path.join(cwd, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const install = spawnSync(pm, ['install'], { cwd, stdio: 'inherit' });
  if (install.status !== 0) throw new Error(`${pm} install failed`);
  if (pkg.scripts && pkg.scripts.test) {
    const t = spawnSync(pm, ['test'], { cwd, stdio: 'inherit' });
    console.log(t.status === 0 ? 'tests passed' : 'TESTS FAILED');
    process.exitCode = t.status;
  }
}

async function changelog(name, from, to) {
  const meta = await getJSON(`https://registry.npmjs.org/${name.replace('/', '%2f')}`);
  const repo = meta && meta.repository && (meta.repository.url || meta.repository);
  console.log(`repository: ${repo || 'unknown'}`);
  const times = (meta && meta.time) || {};
  const between = Object.keys(times).filter((v) => solver.between(v, from, to));
  for (const v of between) console.log(`${v}\t${times[v]}`);
  try {
    const log = execFileSync('npm', ['view', `${name}@${to}`, 'readme'], { encoding: 'utf8' });
    const idx = log.search(/breaking/i);
    if (idx > -1) console.log('\n' + log.slice(Math.max(0, idx - 200), idx + 1500));
  } catch (_) { /* readme not available */ }
}

async function main() {
  const cmd = process.argv[2];
  const cwd = path.resolve(arg('cwd', '.'));
  if (cmd === 'plan') console.log(JSON.stringify(await plan(cwd), null, 2));
  else if (cmd === 'apply') await apply(cwd, arg('batch', 'patch'));
  else if (cmd === 'revert') revert(cwd);
  else if (cmd === 'changelog') await changelog(process.argv[3], arg('from'), arg('to'));
  else {
    console.error('usage: upgrade.js plan|apply|revert|changelog [--cwd DIR] [--batch B]');
    process.exitCode = 2;
  }
}

main().catch((e) => { console.error(e.message); process.exitCode = 1; });
