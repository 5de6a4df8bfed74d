#!/usr/bin/env node
// Read-only release preflight for an npm package. Exits 1 if publishing should not proceed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const REGISTRY = 'https://registry.npmjs.org';
// File names that should almost never be inside a published tarball.
const SUSPICIOUS = [
  /(^|\/)\.env(\..*)?$/, /\.pem$/, /\.key$/, /(^|\/)\.npmrc$/, /(^|\/)id_(rsa|ed25519)/,
  /^coverage\//, /\.log$/,
];
const BIG_FIXTURE = 1024 * 1024;

const problems = [];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.private) problems.push('package.json has "private": true');
if (!pkg.name || !pkg.version) problems.push('package.json needs "name" and "version"');
console.log(`package: ${pkg.name}@${pkg.version}`);

const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
if (dirty) problems.push(`uncommitted changes:\n${dirty}`);

// Public metadata only; no auth header is sent.
const res = await fetch(`${REGISTRY}/${encodeURIComponent(pkg.name).replace('%40', '@')}`, {
  headers: { accept: 'application/vnd.npm.install-v1+json' },
});
if (res.status === 404) {
  console.log('registry: package not published yet (first release)');
} else if (res.ok) {
  const meta = await res.json();
  const published = Object.keys(meta.versions ?? {});
  console.log(`registry: latest=${meta['dist-tags']?.latest ?? 'n/a'}, ${published.length} version(s)`);
  if (published.includes(pkg.version)) problems.push(`version ${pkg.version} is already on the registry`);
} else {
  problems.push(`registry lookup failed: HTTP ${res.status}`);
}

const [packInfo] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }),
);
console.log(`tarball: ${packInfo.files.length} file(s), ${packInfo.size} bytes packed`);
for (const f of packInfo.files) {
  const flags = [];
  if (SUSPICIOUS.some((re) => re.test(f.path))) flags.push('SHOULD NOT SHIP?');
  if (/(^|\/)(test|tests|fixtures)\//.test(f.path) && f.size > BIG_FIXTURE) flags.push('large fixture');
  console.log(`  ${f.path} (${f.size} B)${flags.length ? '  <-- ' + flags.join(', ') : ''}`);
  if (flags.includes('SHOULD NOT SHIP?')) problems.push(`review before publishing: ${f.path}`);
}

if (problems.length) {
  console.error('\nPreflight failed:');
  for (const p of problems) console.error(`- ${p}`);
  process.exit(1);
}
console.log('\nPreflight passed. Ask the user to approve the publish.');
