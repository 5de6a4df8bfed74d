import os from "node:os";

export interface LogRecord { ts: number; file: string; message: string }
export interface Sink { send(batch: LogRecord[]): Promise<void> }

export type SinkConfig =
  | { kind: "datadog"; site: string }
  | { kind: "loki"; url: string };

interface Meta { service: string; env: string; tags: Record<string, string> }

function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}

async function postWithRetry(url: string, init: RequestInit, attempts = 4): Promise<void> {
  let delay = 500;
  for (let i = 1; i <= attempts; i++) {
    const res = await fetch(url, init);
    if (res.ok) return;
    // 4xx other than 429 won't get better by retrying (bad key, payload too big)
    if (res.status < 500 && res.status !== 429) {
      throw new Error(`${url} -> ${res.status} ${await res.text()}`);
    }
    if (i === attempts) throw new Error(`${url} -> ${res.status} after ${attempts} attempts`);
    await new Promise((r) => setTimeout(r, delay));
    delay *= 2;
  }
}

export function datadogSink(cfg: { site: string }, meta: Meta): Sink {
  const apiKey = requireEnv("DD_API_KEY");
  const url = `https://http-intake.logs.${cfg.site}/api/v2/logs`;
  const ddtags = [`env:${meta.env}`, ...Object.entries(meta.tags).map(([k, v]) => `${k}:${v}`)].join(",");
  return {
    async send(batch) {
      const body = batch.map((r) => ({
        ddsource: "log-forwarder",
        service: meta.service,
        hostname: os.hostname(),
        ddtags,
        message: r.message,
        timestamp: r.ts,
        "log.file.path": r.file,
      }));
      await postWithRetry(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "DD-API-KEY": apiKey },
        body: JSON.stringify(body),
      });
    },
  };
}

export function lokiSink(cfg: { url: string }, meta: Meta): Sink {
  const user = requireEnv("LOKI_USER");
  const token = requireEnv("LOKI_TOKEN");
  const auth = "Basic " + Buffer.from(`${user}:${token}`).toString("base64");
  const url = new URL("/loki/api/v1/push", cfg.url).toString();
  return {
    async send(batch) {
      const byFile = new Map<string, [string, string][]>();
      for (const r of batch) {
        const arr = byFile.get(r.file) ?? [];
        arr.push([String(BigInt(r.ts) * 1_000_000n), r.message]);
        byFile.set(r.file, arr);
      }
      const streams = [...byFile].map(([file, values]) => ({
        stream: { service: meta.service, env: meta.env, filename: file, host: os.hostname(), ...meta.tags },
        values,
      }));
      await postWithRetry(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: auth },
        body: JSON.stringify({ streams }),
      });
    },
  };
}

export function makeSink(cfg: SinkConfig | undefined, meta: Meta): Sink {
  if (!cfg) throw new Error("no sink configured in forwarder.config.json; refusing to guess a destination");
  switch (cfg.kind) {
    case "datadog": return datadogSink(cfg, meta);
    case "loki": return lokiSink(cfg, meta);
  }
}
