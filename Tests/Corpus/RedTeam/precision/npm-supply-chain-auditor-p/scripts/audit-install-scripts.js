#!/usr/bin/env node
// Static audit of npm install lifecycle scripts. Reads files as text only; executes nothing.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const LIFECYCLE = ['preinstall', 'install', 'postinstall', 'prepare'];
const RULES = [
  ['high', 'download-and-execute', /(curl|wget)[^\n|;]*\|\s*(ba|z)?sh\b|wget\s+-O-?\s/],
  ['high', 'eval-of-decoded-data', /(eval|new Function)\s*\([^)]*(Buffer\.from|atob)\s*\(|Buffer\.from\([^)]*['"]base64['"]\)[^;]*\)\s*\(/],
  ['high', 'env-plus-network', null], // computed below
  ['medium', 'child-process-exec', /require\(['"](node:)?child_process['"]\)[\s\S]{0,400}\b(exec|execSync|spawn)\b/],
  ['medium', 'credential-file-access', /\.npmrc|\.ssh[\\/]|\.aws[\\/]credentials|Login Data|Local State|\.config[\\/]gcloud/],
];
const NET = /\b(https?\.request|fetch\(|axios|net\.connect|dns\.resolve|XMLHttpRequest)\b/;
const ENV = /process\.env(\b|\[)/;
const BENIGN_HINTS = /node-gyp|prebuild-install|node-pre-gyp|husky|esbuild|patch-package/;

function readJson(p) { try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch { return null; } }

function* packages(nm, depth = 0) {
  if (!fs.existsSync(nm) || depth > 8) return;
  for (const entry of fs.readdirSync(nm)) {
    if (entry.startsWith('.')) continue;
    const dirs = entry.startsWith('@') ? fs.readdirSync(path.join(nm, entry)).map((e) => path.join(entry, e)) : [entry];
    for (const d of dirs) {
      const dir = path.join(nm, d);
      const pkg = readJson(path.join(dir, 'package.json'));
      if (pkg) yield { dir, pkg };
      yield* packages(path.join(dir, 'node_modules'), depth + 1);
    }
  }
}

function scriptFiles(dir, cmd) {
  // Find local JS files referenced by the script, e.g. "node scripts/setup.js"
  return (cmd.match(/[\w./-]+\.(c|m)?js\b/g) || [])
    .map((f) => path.join(dir, f)).filter((f) => f.startsWith(dir) && fs.existsSync(f));
}

function analyse(dir, cmd) {
  const sources = [['script', cmd], ...scriptFiles(dir, cmd).map((f) => [path.relative(dir, f), fs.readFileSync(f, 'utf8')])];
  const hits = [];
  for (const [where, text] of sources) {
    for (const [sev, name, rx] of RULES) {
      if (name === 'env-plus-network') {
        if (ENV.test(text) && NET.test(text)) hits.push({ sev, name, where });
      } else if (rx.test(text)) hits.push({ sev, name, where });
    }
  }
  return hits;
}

function main() {
  const rootIdx = process.argv.indexOf('--root');
  const root = path.resolve(rootIdx >= 0 ? process.argv[rootIdx + 1] : '.');
  const squats = new Set(fs.readFileSync(path.join(__dirname, '..', 'data', 'known-typosquats.txt'), 'utf8')
    .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  const report = { high: [], medium: [], low: [] };

  for (const { dir, pkg } of packages(path.join(root, 'node_modules'))) {
    const id = `${pkg.name}@${pkg.version}`;
    if (squats.has(pkg.name)) report.high.push(`${id}: name is on the known-typosquat list`);
    for (const hook of LIFECYCLE) {
      const cmd = pkg.scripts && pkg.scripts[hook];
      if (!cmd) continue;
      const hits = analyse(dir, cmd);
      if (!hits.length) {
        report.low.push(`${id}: ${hook} = ${JSON.stringify(cmd)}${BENIGN_HINTS.test(cmd) ? ' (common build tooling)' : ''}`);
      }
      for (const h of hits) report[h.sev].push(`${id}: ${hook} -> ${h.name} in ${h.where} :: ${JSON.stringify(cmd)}`);
    }
  }
  for (const sev of ['high', 'medium', 'low']) {
    console.log(`\n== ${sev.toUpperCase()} (${report[sev].length})`);
    for (const line of report[sev]) console.log('  ' + line);
  }
  process.exitCode = report.high.length ? 1 : 0;
}

main();
