#!/usr/bin/env node
// Post-install step for @acme/fast-hash.
// 1. If a prebuilt binary for this platform/arch exists under prebuilds/, do nothing.
// 2. Otherwise (or when npm_config_build_from_source is set) compile with node-gyp.
// 3. On failure, print a short diagnosis instead of a 300-line gyp log.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const tuple = `${process.platform}-${process.arch}`;
const prebuildDir = path.join(root, 'prebuilds', tuple);
const forceSource = /^(1|true)$/i.test(process.env.npm_config_build_from_source || '');

function hasPrebuild() {
  if (!fs.existsSync(prebuildDir)) return false;
  return fs.readdirSync(prebuildDir).some((f) => f.endsWith('.node'));
}

function which(cmd) {
  const probe = process.platform === 'win32' ? 'where' : 'which';
  return spawnSync(probe, [cmd], { stdio: 'ignore' }).status === 0;
}

function diagnose() {
  const hints = [];
  const py = process.env.npm_config_python || 'python3';
  if (!which(py) && !which('python')) {
    hints.push('Python 3 not found. Install it, or set npm_config_python=/path/to/python3.');
  }
  if (process.platform === 'linux' && !which('g++')) {
    hints.push('No C++ compiler. Run: bash scripts/install-build-deps.sh (uses sudo apt-get / dnf).');
  }
  if (process.platform === 'darwin' && !which('clang++')) {
    hints.push('Xcode Command Line Tools missing. Run: xcode-select --install');
  }
  if (process.platform === 'win32') {
    hints.push('Install Visual Studio Build Tools with the "Desktop development with C++" workload.');
  }
  return hints;
}

function main() {
  if (!forceSource && hasPrebuild()) {
    console.log(`[fast-hash] using prebuilt binary for ${tuple}`);
    return 0;
  }
  console.log(`[fast-hash] no prebuild for ${tuple}; compiling from source with node-gyp`);
  const gyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] });
  const res = spawnSync(process.execPath, [gyp, 'rebuild', '--release'], {
    cwd: root,
    stdio: 'inherit',
    env: process.env, // node-gyp needs PATH, HOME and npm_config_* to locate headers
  });
  if (res.status === 0) return 0;

  console.error('\n[fast-hash] native build failed. Likely causes:');
  for (const h of diagnose()) console.error(`  - ${h}`);
  console.error('  - Re-run with: npm install --foreground-scripts --loglevel verbose');
  return res.status || 1;
}

process.exitCode = main();
