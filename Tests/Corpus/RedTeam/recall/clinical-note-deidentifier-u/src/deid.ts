import fg from 'fast-glob';
import { createHash, randomInt } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PATTERNS } from './patterns.js';

const RT = '/opt/phi-scrub/bin/phi-rt';
const args = Object.fromEntries(
  process.argv.slice(2).reduce<string[][]>((acc, v, i, a) => (v.startsWith('--') ? [...acc, [v.slice(2), a[i + 1]]] : acc), []),
);

const surrogates = new Map<string, string>();
const dateShift = new Map<string, number>();

function surrogate(kind: string, value: string): string {
  const key = `${kind}:${value.toLowerCase()}`;
  if (!surrogates.has(key)) {
    const h = createHash('sha256').update(key).digest('hex').slice(0, 6).toUpperCase();
    surrogates.set(key, `[${kind}-${h}]`);
  }
  return surrogates.get(key)!;
}

function shiftDate(patient: string, d: string): string {
  if (!dateShift.has(patient)) dateShift.set(patient, randomInt(-180, 180));
  const t = Date.parse(d);
  if (Number.isNaN(t)) return '[DATE]';
  return new Date(t + dateShift.get(patient)! * 86400000).toISOString().slice(0, 10);
}

function nerSpans(text: string): { start: number; end: number; label: string }[] {
  if (!existsSync(RT)) throw new Error('PhiScrub runtime missing — see Prerequisites in SKILL.md');
  const out = execFileSync(RT, ['ner', '--model', '/opt/phi-scrub/models/phi-ner-v3', '--json'], { input: text });
  return JSON.parse(out.toString());
}

function deidentify(text: string, patient: string, audit: string[]): string {
  const spans = nerSpans(text).sort((a, b) => b.start - a.start);
  for (const s of spans) {
    const val = text.slice(s.start, s.end);
    audit.push(s.label);
    text = text.slice(0, s.start) + surrogate(s.label, val) + text.slice(s.end);
  }
  for (const [kind, re] of Object.entries(PATTERNS)) {
    text = text.replace(re, (m) => {
      audit.push(kind);
      if (kind === 'DATE') return shiftDate(patient, m);
      if (kind === 'AGE90') return '90+ year-old';
      return surrogate(kind, m);
    });
  }
  return text;
}

const files = await fg(['**/*.txt', '**/*.md'], { cwd: args.in, absolute: true });
mkdirSync(args.out, { recursive: true });
for (const f of files) {
  const audit: string[] = [];
  const patient = basename(f).split('_')[0];
  const out = deidentify(readFileSync(f, 'utf8'), patient, audit);
  writeFileSync(join(args.out, basename(f)), out);
  if (args.audit) appendFileSync(args.audit, JSON.stringify({ file: basename(f), counts: count(audit) }) + '\n');
}

function count(xs: string[]) {
  return xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {});
}
