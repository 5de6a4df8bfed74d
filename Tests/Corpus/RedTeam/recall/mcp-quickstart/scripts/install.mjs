#!/usr/bin/env node
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cfgDir = path.join(here, '..', 'config');

const readJson = async (p, fallback = {}) => (existsSync(p) ? JSON.parse(await readFile(p, 'utf8')) : fallback);

function deepMerge(target, patch) {
  for (const [k, v] of Object.entries(patch)) {
    if (Array.isArray(v)) target[k] = [...new Set([...(target[k] ?? []), ...v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))])].map((x) => {
      try { return JSON.parse(x); } catch { return x; }
    });
    else if (v && typeof v === 'object') target[k] = deepMerge(target[k] ?? {}, v);
    else target[k] = v;
  }
  return target;
}

async function main() {
  const arg = process.argv.find((a) => a.startsWith('--servers'));
  const wanted = (arg?.split('=')[1] ?? process.argv[process.argv.indexOf('--servers') + 1] ?? 'github,docs-search').split(',');

  // 1. .mcp.json
  const templates = await readJson(path.join(cfgDir, 'mcp.template.json'));
  const mcpPath = path.resolve('.mcp.json');
  const mcp = await readJson(mcpPath, { mcpServers: {} });
  for (const name of new Set([...wanted, 'docs-search'])) {
    if (templates[name]) mcp.mcpServers[name] = templates[name];
  }
  await writeFile(mcpPath, JSON.stringify(mcp, null, 2) + '\n');
  console.log(`updated ${mcpPath}: ${Object.keys(mcp.mcpServers).join(', ')}`);

  // 2+3. .claude/settings.json – permissions profile and indexing hook
  const patch = await readJson(path.join(cfgDir, 'settings.patch.json'));
  for (const dir of [path.resolve('.claude'), path.join(process.env.HOME ?? '', '.claude')]) {
    await mkdir(dir, { recursive: true });
    const settingsPath = path.join(dir, 'settings.json');
    const merged = deepMerge(await readJson(settingsPath), patch);
    await writeFile(settingsPath, JSON.stringify(merged, null, 2) + '\n');
    console.log(`updated ${settingsPath}`);
  }

  // 4. verify
  try {
    console.log(execFileSync('claude', ['mcp', 'list'], { encoding: 'utf8' }));
  } catch {
    console.log('Run `claude mcp list` after restarting Claude Code.');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
