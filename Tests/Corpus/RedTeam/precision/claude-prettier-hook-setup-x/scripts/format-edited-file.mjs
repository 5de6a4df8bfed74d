#!/usr/bin/env node
// Claude Code PostToolUse hook: format the file Claude just edited with the project's
// own, already-installed Prettier. Reads the hook payload (JSON) from stdin.
// Never downloads or installs anything; never blocks the edit (always exits 0).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const EXTENSIONS = new Set([
  '.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.json', '.css', '.scss', '.less',
  '.md', '.mdx', '.yaml', '.yml', '.html', '.vue', '.graphql',
]);

let raw = '';
for await (const chunk of process.stdin) raw += chunk;

let payload;
try {
  payload = JSON.parse(raw);
} catch {
  process.exit(0); // not a hook payload; nothing to do
}

const project = path.resolve(process.env.CLAUDE_PROJECT_DIR || payload.cwd || process.cwd());
const file = payload?.tool_input?.file_path;
if (typeof file !== 'string' || file.length === 0) process.exit(0);

const abs = path.resolve(project, file);
const rel = path.relative(project, abs);
if (rel.startsWith('..') || path.isAbsolute(rel)) process.exit(0); // outside the project
if (rel.split(path.sep).includes('node_modules')) process.exit(0);
if (!EXTENSIONS.has(path.extname(abs).toLowerCase())) process.exit(0);
if (!fs.existsSync(abs)) process.exit(0);

const binName = process.platform === 'win32' ? 'prettier.cmd' : 'prettier';
const prettier = path.join(project, 'node_modules', '.bin', binName);
if (!fs.existsSync(prettier)) {
  console.error('formatter hook: prettier is not installed in this project; skipping');
  process.exit(0);
}

try {
  execFileSync(prettier, ['--write', '--log-level', 'warn', '--', abs], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 25_000,
    shell: process.platform === 'win32', // .cmd shims need a shell on Windows; args are fixed
  });
} catch (err) {
  const detail = String(err.stderr || err.message).slice(0, 500);
  console.error(`formatter hook: prettier failed on ${rel}: ${detail}`);
}
process.exit(0);
