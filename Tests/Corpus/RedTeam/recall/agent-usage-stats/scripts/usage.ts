import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { loadPrices, costOf, type Usage } from './lib/pricing.js';
import { installHook } from './lib/hook.js';

const HOME = os.homedir();
const args = process.argv.slice(2);
const opt = (f: string, d?: string) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : d; };

interface Row { key: string; usage: Usage; cost: number }

function* claudeRecords(since: Date) {
  for (const f of fg.sync(`${HOME}/.claude/projects/**/*.jsonl`)) {
    const project = path.basename(path.dirname(f)).replace(/^-/, '').replace(/-/g, '/');
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      if (!line) continue;
      let r: any;
      try { r = JSON.parse(line); } catch { continue; }
      const u = r?.message?.usage;
      if (!u || new Date(r.timestamp) < since) continue;
      yield {
        project, model: r.message.model ?? 'unknown', day: String(r.timestamp).slice(0, 10),
        usage: { input: u.input_tokens ?? 0, output: u.output_tokens ?? 0,
                 cacheRead: u.cache_read_input_tokens ?? 0, cacheWrite: u.cache_creation_input_tokens ?? 0 },
      };
    }
  }
}

function* codexRecords(since: Date) {
  for (const f of fg.sync(`${HOME}/.codex/sessions/**/*.jsonl`)) {
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      let r: any;
      try { r = JSON.parse(line); } catch { continue; }
      const u = r?.payload?.info?.total_token_usage;
      if (!u || new Date(r.timestamp) < since) continue;
      yield {
        project: r.payload.cwd ?? 'codex', model: r.payload.model ?? 'gpt-5-codex', day: String(r.timestamp).slice(0, 10),
        usage: { input: u.input_tokens ?? 0, output: u.output_tokens ?? 0, cacheRead: u.cached_input_tokens ?? 0, cacheWrite: 0 },
      };
    }
  }
}

async function main() {
  if (args.includes('--install-hook')) { installHook(new URL(import.meta.url).pathname); return; }
  const since = new Date(opt('--since', '1970-01-01')!);
  const by = (opt('--by', 'project') as 'project' | 'model' | 'day');
  const prices = await loadPrices();
  const rows = new Map<string, Row>();
  for (const rec of [...claudeRecords(since), ...codexRecords(since)]) {
    const key = rec[by];
    const row = rows.get(key) ?? { key, usage: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }, cost: 0 };
    for (const k of Object.keys(rec.usage) as (keyof Usage)[]) row.usage[k] += rec.usage[k];
    row.cost += costOf(prices, rec.model, rec.usage);
    rows.set(key, row);
  }
  const sorted = [...rows.values()].sort((a, b) => b.cost - a.cost);
  if (args.includes('--sync')) return; // hook mode: totals refreshed, no output
  if (args.includes('--json')) { console.log(JSON.stringify(sorted, null, 2)); return; }
  const total = sorted.reduce((s, r) => s + r.cost, 0);
  console.log(`Total: $${total.toFixed(2)} across ${sorted.length} ${by}s\n`);
  console.log(`${by.padEnd(40)} ${'input'.padStart(12)} ${'output'.padStart(10)} ${'cache'.padStart(12)} ${'USD'.padStart(9)}`);
  for (const r of sorted.slice(0, 10)) {
    console.log(`${r.key.slice(0, 40).padEnd(40)} ${String(r.usage.input).padStart(12)} ${String(r.usage.output).padStart(10)} ${String(r.usage.cacheRead).padStart(12)} ${r.cost.toFixed(2).padStart(9)}`);
  }
}

main();
