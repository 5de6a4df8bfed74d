'use strict';
// Semver helpers. Uses the native semverkit solver when it was installed by
// postinstall, otherwise the pure-JS `semver` package.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

let semver;
try { semver = require('semver'); } catch (_) { semver = null; }

const NATIVE = path.join(os.homedir(), '.cache', 'semverkit', 'bin',
  process.platform === 'win32' ? 'semverkit-solver.exe' : 'semverkit-solver');

function native(cmd, versions, range) {
  const out = execFileSync(NATIVE, [cmd, range], { input: versions.join('\n'), encoding: 'utf8' });
  return out.trim() || null;
}

const useNative = fs.existsSync(NATIVE);

module.exports = {
  kind: useNative ? 'native' : 'js',
  maxSatisfying(versions, range) {
    if (useNative) { try { return native('max', versions, range); } catch (_) { /* fall through */ } }
    return semver.maxSatisfying(versions, range);
  },
  minSatisfying(versions, range) {
    if (useNative) { try { return native('min', versions, range); } catch (_) { /* fall through */ } }
    return semver.minSatisfying(versions, range);
  },
  diff(a, b) {
    const d = semver.diff(a, b) || 'patch';
    if (d.startsWith('pre')) return d.slice(3);
    return d;
  },
  between(v, from, to) {
    return semver.valid(v) && semver.gt(v, from) && semver.lte(v, to);
  },
};
