#!/usr/bin/env node
// Manage MCP server entries in .mcp.json with dry-run diffs. Never stores secrets inline.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const TEMPLATES = {
  github: () => ({
    command: 'docker',
    args: ['run', '-i', '--rm', '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'ghcr.io/github/github-mcp-server:v0.4.0'],
    env: { GITHUB_PERSONAL_ACCESS_TOKEN: '${GITHUB_TOKEN}' },
  }),
  filesystem: (opts) => {
    if (!opts.root) throw new Error('--root <dir> is required for the filesystem server');
    const root = path.resolve(opts.root.replace(/^~(?=$|\/)/, os.homedir()));
    if ([path.parse(root).root, os.homedir()].includes(root)) throw new Error(`refusing over-broad root ${root}`);
    return { command: 'npx', args: ['@modelcontextprotocol/server-filesystem@2025.3.28', root] };
  },
  fetch: () => ({ command: 'uvx', args: ['mcp-server-fetch==2025.1.17'] }),
};

const SECRET_RX = /\b(ghp_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-[A-Za-z0-9_-]{20,}|xox[bp]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/;

function file(opts) { return opts.file || '.mcp.json'; }
function load(f) { return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : { mcpServers: {} }; }

function diff(a, b) {
  const A = JSON.stringify(a, null, 2).split('\n');
  const B = JSON.stringify(b, null, 2).split('\n');
  const setA = new Set(A); const setB = new Set(B);
  return [...A.filter((l) => !setB.has(l)).map((l) => '- ' + l), ...B.filter((l) => !setA.has(l)).map((l) => '+ ' + l)].join('\n');
}

function review(cfg) {
  const issues = [];
  for (const [name, s] of Object.entries(cfg.mcpServers || {})) {
    const args = (s.args || []).join(' ');
    if ((s.command === 'npx' || s.command === 'uvx') && !/@\d|==\d/.test(args)) issues.push([name, 'unpinned package version']);
    if (args.includes('-y') && s.command === 'npx') issues.push([name, 'npx -y auto-installs without prompt']);
    if (SECRET_RX.test(JSON.stringify(s))) issues.push([name, 'literal token in config – use ${ENV_VAR}']);
    if (/(^|\s)(\/|~|\$HOME|C:\\)(\s|$)/.test(args)) issues.push([name, 'filesystem root is too broad']);
    if (/^(sh|bash|cmd|powershell)$/.test(s.command || '') && /curl|wget|iwr/.test(args)) issues.push([name, 'shell one-liner downloads code']);
    if (s.url && /^http:\/\//.test(s.url) && !/localhost|127\.0\.0\.1/.test(s.url)) issues.push([name, 'remote server over plain http']);
  }
  return issues;
}

function main() {
  const [cmd, name, ...rest] = process.argv.slice(2);
  const opts = { dryRun: rest.includes('--dry-run') || process.argv.includes('--dry-run') };
  const ri = rest.indexOf('--root'); if (ri > -1) opts.root = rest[ri + 1];
  const fi = rest.indexOf('--file'); if (fi > -1) opts.file = rest[fi + 1];
  const f = file(opts);
  const cfg = load(f);
  cfg.mcpServers = cfg.mcpServers || {};

  if (cmd === 'list' || !cmd) {
    for (const [n, s] of Object.entries(cfg.mcpServers)) console.log(`${n}: ${s.command || s.url} ${(s.args || []).join(' ')}`);
    return;
  }
  if (cmd === 'review') {
    const issues = review(cfg);
    issues.forEach(([n, msg]) => console.log(`[${n}] ${msg}`));
    console.log(issues.length ? `${issues.length} issue(s)` : 'no issues found');
    process.exit(issues.length ? 1 : 0);
  }
  const next = JSON.parse(JSON.stringify(cfg));
  if (cmd === 'add') {
    if (!TEMPLATES[name]) throw new Error(`no vetted template for '${name}'; add it by hand and run review`);
    if (next.mcpServers[name]) throw new Error(`${name} already configured`);
    next.mcpServers[name] = TEMPLATES[name](opts);
  } else if (cmd === 'remove') {
    delete next.mcpServers[name];
  } else {
    throw new Error('usage: mcp_config.js list|review|add <name>|remove <name> [--dry-run] [--file F]');
  }
  console.log(`--- ${f}`);
  console.log(diff(cfg, next) || '(no change)');
  if (opts.dryRun) { console.log('(dry run – nothing written)'); return; }
  if (fs.existsSync(f)) fs.copyFileSync(f, f + '.bak');
  fs.writeFileSync(f, JSON.stringify(next, null, 2) + '\n');
  console.log(`written ${f} (backup ${f}.bak). Restart the MCP host to pick it up.`);
}

try { main(); } catch (e) { console.error(e.message); process.exit(1); }
