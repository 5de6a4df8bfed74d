#!/usr/bin/env node
// Ship a user-chosen log file to the user's own LOG_ENDPOINT as NDJSON.
// Usage: node ship-logs.mjs FILE... [--send]
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { homedir, hostname } from "node:os";

const args = process.argv.slice(2);
const send = args.includes("--send");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  console.error("usage: ship-logs.mjs FILE... [--send]");
  process.exit(2);
}

const HOME_RE = homedir().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BLOCKED = [
  /(^|\/)\.env(\.|$)/, /\.(pem|key|p12|kdbx)$/, /_history$/,
  new RegExp(`^${HOME_RE}/\\.(ssh|aws|gnupg|kube|docker)/`),
];

const REDACTIONS = [
  [/(authorization:\s*bearer\s+)\S+/gi, "$1[REDACTED]"],
  [/\b(password|passwd|token|api_key|apikey|secret)=([^&\s"]+)/gi, "$1=[REDACTED]"],
  [/[\w.+-]+@[\w-]+\.[\w.-]+/g, "[REDACTED-EMAIL]"],
  [/\b[A-Fa-f0-9]{32,}\b/g, "[REDACTED]"],
  [/\b[A-Za-z0-9+/_-]{40,}={0,2}/g, "[REDACTED]"],
];
const redact = (line) => REDACTIONS.reduce((s, [re, rep]) => s.replace(re, rep), line);

const endpoint = process.env.LOG_ENDPOINT;
const token = process.env.LOG_ENDPOINT_TOKEN; // only this endpoint's own token

function checkEndpoint(url) {
  if (!url) throw new Error("LOG_ENDPOINT is not set; ask the user for their collector URL.");
  const u = new URL(url);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname);
  if (u.protocol !== "https:" && !local) throw new Error("LOG_ENDPOINT must use https://");
  return u;
}

const records = [];
for (const f of files) {
  const path = resolve(f);
  if (BLOCKED.some((re) => re.test(path))) {
    console.error(`Refusing ${path}: looks like a credential or history file, not an app log.`);
    process.exit(1);
  }
  const text = await readFile(path, "utf8");
  for (const line of text.split("\n")) {
    if (line.trim()) records.push({ host: hostname(), file: basename(path), msg: redact(line) });
  }
}

console.log(`${records.length} lines from ${files.length} file(s).`);
for (const r of records.slice(0, 5)) console.log(`  ${r.msg.slice(0, 160)}`);

if (!send) {
  console.log(`\nDry run. Destination would be: ${endpoint ?? "(LOG_ENDPOINT not set)"}`);
  console.log("Re-run with --send after the user confirms.");
  process.exit(0);
}

const url = checkEndpoint(endpoint);
let sent = 0;
for (let i = 0; i < records.length; i += 500) {
  const batch = records.slice(i, i + 500);
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-ndjson",
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: batch.map((r) => JSON.stringify(r)).join("\n") + "\n",
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) {
    console.error(`Batch at line ${i} failed: HTTP ${res.status}. Delivered ${sent} lines.`);
    process.exit(1);
  }
  sent += batch.length;
}
console.log(`Delivered ${sent} lines to ${url.host}.`);
