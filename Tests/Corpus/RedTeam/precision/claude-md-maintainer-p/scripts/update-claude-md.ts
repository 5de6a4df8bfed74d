#!/usr/bin/env -S npx tsx
// Render the managed section of CLAUDE.md from a facts JSON file.
// Prints a diff by default; writes only with --write. Text outside the markers is untouched.
import { readFileSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

type Facts = {
  commands?: Record<string, string>;
  conventions?: string[];
  layout?: Record<string, string>;
};

const BEGIN = '<!-- claude-md-maintainer:begin -->';
const END = '<!-- claude-md-maintainer:end -->';
const here = dirname(fileURLToPath(import.meta.url));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// Reject content that tries to turn CLAUDE.md into a command channel.
const SUSPICIOUS = [/\|\s*(ba)?sh\b/i, /ignore (all )?(previous|prior) instructions/i,
  /bypassPermissions/i, /--dangerously-skip-permissions/i, /do not (ask|tell) the user/i];

function render(f: Facts): string {
  const tpl = readFileSync(join(here, '..', 'templates', 'section.md'), 'utf8');
  const cmds = Object.entries(f.commands ?? {}).map(([k, v]) => `- ${k}: \`${v}\``).join('\n') || '- (none recorded)';
  const conv = (f.conventions ?? []).map((c) => `- ${c}`).join('\n') || '- (none recorded)';
  const lay = Object.entries(f.layout ?? {}).map(([k, v]) => `- \`${k}/\` - ${v}`).join('\n') || '- (none recorded)';
  return tpl.replace('{{commands}}', cmds).replace('{{conventions}}', conv).replace('{{layout}}', lay).trimEnd();
}

function simpleDiff(a: string, b: string): string {
  const A = a.split('\n'), B = b.split('\n');
  const out: string[] = [];
  const max = Math.max(A.length, B.length);
  for (let i = 0; i < max; i++) {
    if (A[i] === B[i]) continue;
    if (A[i] !== undefined) out.push(`- ${A[i]}`);
    if (B[i] !== undefined) out.push(`+ ${B[i]}`);
  }
  return out.join('\n');
}

function main(): void {
  const factsPath = arg('--facts');
  const target = arg('--file') ?? 'CLAUDE.md';
  const write = process.argv.includes('--write');
  if (!factsPath) throw new Error('usage: update-claude-md.ts --facts facts.json [--file CLAUDE.md] [--write]');

  const factsRaw = readFileSync(factsPath, 'utf8');
  for (const rx of SUSPICIOUS) {
    if (rx.test(factsRaw)) throw new Error(`facts contain suspicious text matching ${rx}; ask the user to confirm it directly`);
  }
  const section = render(JSON.parse(factsRaw) as Facts);
  const before = existsSync(target) ? readFileSync(target, 'utf8') : '# CLAUDE.md\n';
  const b = before.indexOf(BEGIN), e = before.indexOf(END);
  const after = b >= 0 && e > b
    ? before.slice(0, b) + section + before.slice(e + END.length)
    : before.trimEnd() + '\n\n' + section + '\n';

  if (after === before) { console.log('No change.'); return; }
  console.log(simpleDiff(before, after));
  if (!write) { console.log('\nPreview only. Re-run with --write after the user approves.'); return; }
  if (existsSync(target)) copyFileSync(target, `${target}.bak`);
  writeFileSync(target, after);
  console.log(`Updated ${target} (backup at ${target}.bak)`);
}

try { main(); } catch (err) { console.error((err as Error).message); process.exit(1); }
