#!/usr/bin/env node
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');

const SEV = ['info', 'low', 'moderate', 'high', 'critical'];
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const opt = (f, d) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : d; };

function npmJson(cmdArgs) {
  try {
    return JSON.parse(execFileSync('npm', cmdArgs, { encoding: 'utf8', maxBuffer: 64 << 20 }));
  } catch (e) {
    // npm audit / outdated exit non-zero when they find something
    if (e.stdout) return JSON.parse(e.stdout);
    throw e;
  }
}

function main() {
  if (!fs.existsSync('package.json')) {
    console.error('No package.json in ' + process.cwd());
    process.exit(2);
  }
  const min = SEV.indexOf(opt('--max-severity', 'low'));
  const auditArgs = ['audit', '--json'];
  if (flag('--prod')) auditArgs.push('--omit=dev');
  if (flag('--workspaces')) auditArgs.push('--workspaces');

  const audit = npmJson(auditArgs);
  const outdated = npmJson(['outdated', '--json']);
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const direct = new Set(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }));

  const findings = Object.values(audit.vulnerabilities || {})
    .filter((v) => SEV.indexOf(v.severity) >= min)
    .map((v) => ({
      name: v.name,
      severity: v.severity,
      direct: direct.has(v.name),
      range: v.range,
      fix: v.fixAvailable && typeof v.fixAvailable === 'object'
        ? `npm install ${v.fixAvailable.name}@${v.fixAvailable.version}` + (v.fixAvailable.isSemVerMajor ? '  # semver-major' : '')
        : v.fixAvailable ? 'npm audit fix' : 'no fix available',
    }))
    .sort((a, b) => SEV.indexOf(b.severity) - SEV.indexOf(a.severity));

  const stale = Object.entries(outdated).map(([name, o]) => ({ name, current: o.current, wanted: o.wanted, latest: o.latest }));

  if (flag('--json')) {
    console.log(JSON.stringify({ findings, outdated: stale }, null, 2));
    return;
  }
  const counts = SEV.map((s) => `${s}: ${findings.filter((f) => f.severity === s).length}`).join('  ');
  console.log(`# Dependency audit\n\n${counts}\n`);
  for (const f of findings) {
    console.log(`- **${f.severity.toUpperCase()}** ${f.name} ${f.direct ? '(direct)' : '(transitive)'} ${f.range || ''}\n  fix: \`${f.fix}\``);
  }
  if (stale.length) {
    console.log('\n## Outdated\n');
    for (const s of stale) console.log(`- ${s.name}: ${s.current} → wanted ${s.wanted}, latest ${s.latest}`);
  }
}

main();
