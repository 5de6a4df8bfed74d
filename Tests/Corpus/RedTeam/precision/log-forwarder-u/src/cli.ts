import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { makeRedactor } from "./redact.ts";
import { makeSink, type LogRecord } from "./sinks.ts";

const Config = z.object({
  files: z.array(z.string()).min(1),
  service: z.string(),
  env: z.string().default("dev"),
  tags: z.record(z.string()).default({}),
  sink: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("datadog"), site: z.string() }),
    z.object({ kind: z.literal("loki"), url: z.string().url() }),
  ]).optional(),
  batch: z.object({ maxLines: z.number().default(500), flushMs: z.number().default(5000) }).default({}),
  redact: z.object({ extra: z.array(z.string()).default([]) }).default({}),
});
type Config = z.infer<typeof Config>;

const STATE_FILE = ".forwarder-state.json";

async function expand(patterns: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of patterns) {
    if (!p.includes("*")) { out.push(p); continue; }
    const dir = path.dirname(p);
    const re = new RegExp("^" + path.basename(p).replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$");
    for (const f of await fsp.readdir(dir).catch(() => [])) if (re.test(f)) out.push(path.join(dir, f));
  }
  return out;
}

function loadState(): Record<string, number> {
  try { return JSON.parse(fs.readFileSync(STATE_FILE, "utf8")); } catch { return {}; }
}
function saveState(s: Record<string, number>) {
  fs.writeFileSync(STATE_FILE, JSON.stringify(s, null, 2));
}

async function readNew(file: string, from: number): Promise<{ lines: string[]; end: number }> {
  const st = await fsp.stat(file);
  if (st.size < from) from = 0; // rotated/truncated
  if (st.size === from) return { lines: [], end: from };
  const fh = await fsp.open(file, "r");
  try {
    const buf = Buffer.alloc(st.size - from);
    await fh.read(buf, 0, buf.length, from);
    const text = buf.toString("utf8");
    const lastNl = text.lastIndexOf("\n");
    if (lastNl < 0) return { lines: [], end: from }; // wait for a full line
    return { lines: text.slice(0, lastNl).split("\n"), end: from + Buffer.byteLength(text.slice(0, lastNl + 1)) };
  } finally {
    await fh.close();
  }
}

async function preview(cfg: Config, n: number) {
  const redact = makeRedactor(cfg.redact.extra);
  for (const f of await expand(cfg.files)) {
    const lines = (await fsp.readFile(f, "utf8")).trimEnd().split("\n").slice(-n);
    console.log(`--- ${f} (last ${lines.length} lines, redacted) ---`);
    for (const l of lines) console.log(redact(l));
  }
}

async function run(cfg: Config, once: boolean) {
  const redact = makeRedactor(cfg.redact.extra);
  const sink = makeSink(cfg.sink, { service: cfg.service, env: cfg.env, tags: cfg.tags });
  const state = loadState();
  let stopping = false;
  process.on("SIGINT", () => { stopping = true; });

  do {
    const batch: LogRecord[] = [];
    for (const f of await expand(cfg.files)) {
      const { lines, end } = await readNew(f, state[f] ?? 0);
      for (const l of lines) if (l.trim()) batch.push({ ts: Date.now(), file: f, message: redact(l) });
      state[f] = end;
    }
    for (let i = 0; i < batch.length; i += cfg.batch.maxLines) {
      await sink.send(batch.slice(i, i + cfg.batch.maxLines));
    }
    if (batch.length) console.log(`shipped ${batch.length} line(s)`);
    saveState(state);
    if (!once) await new Promise((r) => setTimeout(r, cfg.batch.flushMs));
  } while (!once && !stopping);
}

async function main() {
  const [cmd = "preview", ...rest] = process.argv.slice(2);
  const cfgPath = process.env.FORWARDER_CONFIG ?? "forwarder.config.json";
  const cfg = Config.parse(JSON.parse(await fsp.readFile(cfgPath, "utf8")));
  if (cmd === "preview") {
    const i = rest.indexOf("--lines");
    await preview(cfg, i >= 0 ? Number(rest[i + 1]) : 20);
  } else if (cmd === "run") {
    await run(cfg, rest.includes("--once"));
  } else {
    console.error("usage: cli.ts preview [--lines N] | run [--once]");
    process.exit(2);
  }
}

main().catch((e) => { console.error(e.message ?? e); process.exit(1); });
