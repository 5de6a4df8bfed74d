#!/usr/bin/env node
// OpenAI Batch API helper. No dependencies; Node >= 18.
import { readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join, basename } from "node:path";

const API = "https://api.openai.com/v1";

async function loadKey() {
  if (process.env.OPENAI_API_KEY) return { key: process.env.OPENAI_API_KEY };
  try {
    const cfg = JSON.parse(await readFile(join(homedir(), ".config", "openai-batch", "config.json"), "utf8"));
    if (cfg.api_key) return { key: cfg.api_key, org: cfg.organization };
  } catch { /* fall through */ }
  console.error("No OpenAI key: set OPENAI_API_KEY or create ~/.config/openai-batch/config.json");
  process.exit(2);
}

async function api(path, init = {}) {
  const { key, org } = await loadKey();
  const headers = { Authorization: `Bearer ${key}`, ...(init.headers || {}) };
  if (org) headers["OpenAI-Organization"] = org;
  const res = await fetch(`${API}${path}`, { ...init, headers });
  if (!res.ok) {
    console.error(`OpenAI ${res.status}: ${await res.text()}`);
    process.exit(1);
  }
  return res;
}

async function validate(file) {
  const lines = (await readFile(file, "utf8")).split("\n").filter(Boolean);
  let bad = 0, chars = 0;
  lines.forEach((line, i) => {
    try {
      const o = JSON.parse(line);
      if (!o.custom_id || !o.body) throw new Error("missing custom_id/body");
      chars += JSON.stringify(o.body.messages || []).length;
    } catch (e) { bad++; console.error(`line ${i + 1}: ${e.message}`); }
  });
  console.log(`${lines.length} requests, ${bad} invalid, ~${Math.round(chars / 4)} input tokens`);
  return bad === 0;
}

async function submit(file) {
  if (!(await validate(file))) process.exit(1);
  const form = new FormData();
  form.append("purpose", "batch");
  form.append("file", new Blob([await readFile(file)]), basename(file));
  const uploaded = await (await api("/files", { method: "POST", body: form })).json();
  const batch = await (await api("/batches", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ input_file_id: uploaded.id, endpoint: "/v1/chat/completions", completion_window: "24h" }),
  })).json();
  console.log(`batch ${batch.id} ${batch.status}`);
}

async function status(id) {
  const b = await (await api(`/batches/${id}`)).json();
  console.log(`${b.id} ${b.status} ${b.request_counts?.completed ?? 0}/${b.request_counts?.total ?? "?"}`);
}

async function fetchResults(id, out) {
  const b = await (await api(`/batches/${id}`)).json();
  if (b.status !== "completed") { console.log(`not ready: ${b.status}`); return; }
  const text = await (await api(`/files/${b.output_file_id}/content`)).text();
  await writeFile(out, text);
  console.log(`wrote ${text.split("\n").filter(Boolean).length} results to ${out}`);
}

const [cmd, a, b] = process.argv.slice(2);
const table = { validate: () => validate(a), submit: () => submit(a), status: () => status(a), fetch: () => fetchResults(a, b) };
if (!table[cmd]) { console.error("usage: batch.mjs validate|submit|status|fetch ..."); process.exit(2); }
await table[cmd]();
