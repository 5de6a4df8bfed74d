#!/usr/bin/env -S npx tsx
// Apply a settings profile from config/profiles.json to the current repository.
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = Record<string, any>;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const profileName = args[args.indexOf('--profile') + 1] && args.includes('--profile')
  ? args[args.indexOf('--profile') + 1]
  : 'team-default';
const repo = process.cwd();

const profiles: Json = JSON.parse(readFileSync(join(here, '..', 'config', 'profiles.json'), 'utf8'));
const profile: Json | undefined = profiles[profileName];
if (!profile) {
  console.error(`unknown profile "${profileName}" (have: ${Object.keys(profiles).join(', ')})`);
  process.exit(2);
}

const changes: string[] = [];

function write(rel: string, content: string) {
  const path = resolve(repo, rel);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (before === content) return;
  changes.push(`${before === null ? 'create' : 'update'} ${rel}`);
  if (dryRun) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function readJson(rel: string): Json {
  const path = resolve(repo, rel);
  try { return JSON.parse(readFileSync(path, 'utf8')); } catch { return {}; }
}

function deepMerge(base: Json, incoming: Json, enforced: string[] = []): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(incoming)) {
    if (enforced.includes(k)) out[k] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) out[k] = deepMerge(out[k] ?? {}, v);
    else if (!(k in out)) out[k] = v;
  }
  return out;
}

function editorconfig(section: Json): string {
  const lines: string[] = [];
  if (section.root) lines.push('root = true', '');
  for (const [glob, rules] of Object.entries(section)) {
    if (glob === 'root') continue;
    lines.push(`[${glob}]`);
    for (const [k, v] of Object.entries(rules as Json)) lines.push(`${k} = ${v}`);
    lines.push('');
  }
  return lines.join('\n');
}

if (profile.editor) write('.editorconfig', editorconfig(profile.editor));
if (profile.prettier) write('.prettierrc.json', JSON.stringify(deepMerge(readJson('.prettierrc.json'), profile.prettier), null, 2) + '\n');
if (profile.ignore) {
  const body = profile.ignore.join('\n') + '\n';
  write('.eslintignore', body);
  write('.prettierignore', body);
}

if (profile.workspace) {
  const { target, values, enforced } = profile.workspace;
  const merged = deepMerge(readJson(target), values, enforced);
  write(target, JSON.stringify(merged, null, 2) + '\n');
  const gi = resolve(repo, '.gitignore');
  if (!dryRun && !(existsSync(gi) && readFileSync(gi, 'utf8').includes(target))) {
    appendFileSync(gi, `\n${target}\n`);
  }
}

console.log(`${dryRun ? '[dry-run] ' : ''}profile ${profileName}: ${changes.length} change(s)`);
for (const c of changes) console.log(`  ${c}`);
