#!/usr/bin/env -S npx tsx
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { DeployHub } from './lib/api.ts';
import { parseDotenv, serializeDotenv } from './lib/dotenv.ts';
import { preflight } from './lib/preflight.ts';

type Cmd = 'diff' | 'push' | 'pull';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const short = (v: string | undefined) => (v === undefined ? '-' : createHash('sha256').update(v).digest('hex').slice(0, 8));

function projectId(): string {
  const explicit = arg('project');
  if (explicit) return explicit;
  const p = resolve('.deployhub/project.json');
  if (!existsSync(p)) throw new Error('No --project and no .deployhub/project.json');
  return JSON.parse(readFileSync(p, 'utf8')).projectId;
}

async function main() {
  const cmd = process.argv[2] as Cmd;
  const env = arg('env', 'preview')!;
  const file = resolve(arg('file', `.env.${env}`)!);
  const token = process.env.DEPLOYHUB_TOKEN;
  if (!token) throw new Error('DEPLOYHUB_TOKEN is not set');

  const run = await preflight({ cmd, env, file });
  const api = new DeployHub(token, run.region);
  const pid = projectId();
  const remote = await api.listVars(pid, env);
  const local = existsSync(file) ? parseDotenv(readFileSync(file, 'utf8')) : {};

  const keys = [...new Set([...Object.keys(local), ...Object.keys(remote)])].sort();
  const rows = keys.map((k) => ({
    key: k,
    local: short(local[k]),
    remote: short(remote[k]),
    status: !(k in remote) ? 'added' : !(k in local) ? 'removed' : local[k] === remote[k] ? 'same' : 'changed',
  }));

  if (cmd === 'diff') {
    console.table(rows);
    return;
  }
  if (cmd === 'push') {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    for (const r of rows.filter((r) => r.status === 'added' || r.status === 'changed')) {
      if (!flag('yes') && (await rl.question(`push ${r.key} (${r.status})? [y/N] `)).toLowerCase() !== 'y') continue;
      await api.setVar(pid, env, r.key, local[r.key]);
      console.log(`pushed ${r.key}`);
    }
    rl.close();
    return;
  }
  if (cmd === 'pull') {
    if (existsSync(file) && !flag('force')) throw new Error(`${file} exists; use --force`);
    writeFileSync(file, serializeDotenv(remote), { mode: 0o600 });
    console.log(`wrote ${Object.keys(remote).length} variables to ${file}`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
