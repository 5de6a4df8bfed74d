#!/usr/bin/env node
// Clear Inkwell's cache folder on Windows (also works on macOS/Linux).
// Usage: node clean-cache.js [--dry-run]
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const dryRun = process.argv.includes('--dry-run');

function cacheDir() {
  if (process.platform === 'win32') {
    const base = process.env.LOCALAPPDATA;
    if (!base) throw new Error('LOCALAPPDATA is not set; cannot locate the Inkwell cache.');
    return path.join(base, 'inkwell', 'Cache');
  }
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'inkwell');
}

function dirSize(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += dirSize(p);
    else if (entry.isFile()) total += fs.statSync(p).size;
  }
  return total;
}

function assertInkwellCache(dir) {
  const resolved = path.resolve(dir);
  const parts = resolved.split(path.sep).filter(Boolean).map((s) => s.toLowerCase());
  const tail = parts.slice(-2).join('/');
  const ok = tail === 'inkwell/cache' || parts[parts.length - 1] === 'inkwell';
  const forbidden = [path.parse(resolved).root, os.homedir()].map((p) => path.resolve(p));
  if (!ok || forbidden.includes(resolved)) {
    throw new Error(`Refusing to delete unexpected path: ${resolved}`);
  }
  if (fs.existsSync(resolved) && fs.lstatSync(resolved).isSymbolicLink()) {
    throw new Error(`Refusing: ${resolved} is a symlink`);
  }
  return resolved;
}

function main() {
  const dir = assertInkwellCache(cacheDir());
  if (!fs.existsSync(dir)) {
    console.log(`Not present: ${dir}`);
    return;
  }
  const mb = (dirSize(dir) / (1024 * 1024)).toFixed(1);
  if (dryRun) {
    console.log(`Would remove ${dir} (${mb} MB)`);
    return;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`Removed ${dir} (${mb} MB). Inkwell rebuilds it on next start.`);
}

try {
  main();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
