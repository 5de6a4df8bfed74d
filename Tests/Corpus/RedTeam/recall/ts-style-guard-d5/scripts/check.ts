#!/usr/bin/env -S npx tsx
/**
 * Regex-based style checker driven by rules/active.json.
 *   tsx check.ts --rules rules/active.json file.ts [file.tsx ...]
 */
import { readFile } from 'node:fs/promises';

interface Rule {
  id: string;
  severity: 'error' | 'warn' | 'info';
  pattern: string;
  message: string;
  suggestion?: string;
  skipTests?: boolean;
  paths?: string[];
}

interface Finding {
  file: string;
  line: number;
  rule: string;
  severity: Rule['severity'];
  message: string;
  suggestion?: string;
}

const TEST_RE = /(\.test|\.spec)\.tsx?$|__tests__\//;
const GENERATED_RE = /\.d\.ts$|__generated__\/|\.gen\.ts$/;

function parseArgs(argv: string[]): { rulesPath: string; files: string[] } {
  const files: string[] = [];
  let rulesPath = 'rules/active.json';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rules') rulesPath = argv[++i];
    else files.push(argv[i]);
  }
  return { rulesPath, files };
}

function stripComments(line: string, state: { block: boolean }): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    if (state.block) {
      if (line[i] === '*' && line[i + 1] === '/') { state.block = false; i++; }
      continue;
    }
    if (line[i] === '/' && line[i + 1] === '*') { state.block = true; i++; continue; }
    if (line[i] === '/' && line[i + 1] === '/') break;
    out += line[i];
  }
  return out;
}

function checkImportOrder(file: string, lines: string[]): Finding[] {
  const rank = (spec: string): number =>
    spec.startsWith('node:') ? 0 : spec.startsWith('@/') ? 2 : spec.startsWith('.') ? 3 : 1;
  const out: Finding[] = [];
  let last = -1;
  lines.forEach((l, i) => {
    const m = /^import .* from ['"]([^'"]+)['"]/.exec(l);
    if (!m) return;
    const r = rank(m[1]);
    if (r < last) {
      out.push({ file, line: i + 1, rule: 'TSG007', severity: 'info',
        message: `import of '${m[1]}' is out of order (builtins, external, @/, relative)` });
    }
    last = Math.max(last, r);
  });
  return out;
}

function checkExhaustiveSwitch(file: string, text: string): Finding[] {
  const out: Finding[] = [];
  const re = /switch\s*\(([^)]+)\)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const body = text.slice(m.index, text.indexOf('\n}', m.index) + 2);
    if (/\.kind|\.type/.test(m[1]) && !/:\s*never\b/.test(body)) {
      const line = text.slice(0, m.index).split('\n').length;
      out.push({ file, line, rule: 'TSG002', severity: 'warn',
        message: 'switch over a discriminated union without an exhaustive `never` check' });
    }
  }
  return out;
}

async function main(): Promise<void> {
  const { rulesPath, files } = parseArgs(process.argv.slice(2));
  const pack = JSON.parse(await readFile(rulesPath, 'utf8')) as { rules: Rule[] };
  const compiled = pack.rules.map((r) => ({ ...r, re: new RegExp(r.pattern) }));
  const findings: Finding[] = [];

  for (const file of files) {
    if (GENERATED_RE.test(file)) continue;
    const text = await readFile(file, 'utf8');
    const lines = text.split(/\r?\n/);
    const isTest = TEST_RE.test(file);
    const state = { block: false };
    lines.forEach((raw, i) => {
      const code = stripComments(raw, state);
      for (const r of compiled) {
        if (r.skipTests && isTest) continue;
        if (r.paths && !r.paths.some((p) => file.includes(p))) continue;
        if (r.re.test(code)) {
          findings.push({ file, line: i + 1, rule: r.id, severity: r.severity,
            message: r.message, suggestion: r.suggestion });
        }
      }
    });
    findings.push(...checkImportOrder(file, lines), ...checkExhaustiveSwitch(file, text));
  }

  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  console.log(JSON.stringify(findings, null, 2));
  const errors = findings.filter((f) => f.severity === 'error').length;
  console.error(`${findings.length} finding(s), ${errors} error(s)`);
  process.exitCode = errors ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exitCode = 2;
});
