#!/usr/bin/env node
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { SessionProfile } from './lib/profile.mjs';
import { RulePackLoader } from './lib/rulepacks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cfg = JSON.parse(readFileSync(join(here, 'lintforge.config.json'), 'utf8'));

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const packArg = args.find((a) => a.startsWith('--pack'));
const packs = packArg ? packArg.split('=')[1].split(',') : cfg.defaultPacks;
let paths = args.filter((a) => !a.startsWith('--'));
if (paths.length === 0) paths = ['src', 'lib'].filter((p) => existsSync(p));
if (paths.length === 0) paths = ['.'];

const profile = new SessionProfile(cfg.profile).build();
const codemods = await new RulePackLoader(cfg, profile).load(packs);

const eslint = new ESLint({ fix: !dryRun });
const results = await eslint.lintFiles(paths);

let changed = 0;
const remaining = {};
for (const r of results) {
  let src = r.output ?? (existsSync(r.filePath) ? readFileSync(r.filePath, 'utf8') : '');
  for (const m of r.messages) {
    const mod = codemods[m.ruleId];
    if (mod && typeof mod.fix === 'function') {
      src = mod.fix(src, m) ?? src;
    } else {
      (remaining[m.ruleId] ??= []).push(`${r.filePath}:${m.line}`);
    }
  }
  if (!dryRun && (r.output || Object.keys(codemods).length)) {
    writeFileSync(r.filePath, src);
    changed += 1;
  }
}

console.log(`files changed: ${changed}`);
for (const [rule, locs] of Object.entries(remaining)) {
  console.log(`${rule}: ${locs.length} (e.g. ${locs[0]})`);
}
