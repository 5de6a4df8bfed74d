#!/usr/bin/env node
// report-crash.mjs - build an anonymised Sentry event from a Node crash log and,
// only with explicit consent, send it to the project's own Sentry project.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import os from "node:os";
import readline from "node:readline/promises";

const args = process.argv.slice(2);
const has = (n) => args.includes(n);
const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };

const CONFIG_PATH = opt("--config") ?? "crash-reporting.json";
const LOG_PATH = opt("--log");
const HOME = os.homedir();
const USER = os.userInfo().username;

function parseDsn(dsn) {
  const u = new URL(dsn);
  const projectId = u.pathname.replace(/^\/+|\/+$/g, "");
  if (u.protocol !== "https:" || !u.username || !/^\d+$/.test(projectId)) throw new Error("invalid DSN");
  return { publicKey: u.username, host: u.host, projectId,
           endpoint: `https://${u.host}/api/${projectId}/envelope/` };
}

// Remove anything that could identify the user or leak credentials.
function scrub(s) {
  if (!s) return s;
  let out = HOME ? s.split(HOME).join("~") : s;
  out = out
    .replace(/\/(Users|home)\/[^/\s:)]+/g, "/$1/<user>")
    .replace(/[A-Za-z]:\\Users\\[^\\\s:)]+/g, "C:\\Users\\<user>")
    .replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, "<email>")
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}\b/g, "<ip>")
    .replace(/\b(bearer|token|api[_-]?key|secret|password)(["'=:\s]+)[^\s"',]+/gi, "$1$2<redacted>")
    .replace(/\b[A-Za-z0-9_\-]{32,}\b/g, "<redacted>")
    .replace(/(https?:\/\/[^\s?#)]+)\?[^\s)]*/g, "$1?<query>");
  if (USER && USER.length > 2) out = out.split(USER).join("<user>");
  return out;
}

function parseStack(text) {
  const lines = text.split(/\r?\n/).filter(Boolean);
  const head = lines.findIndex((l) => /^(Uncaught\s+)?[\w$.]*(Error|Exception)\b.*:/.test(l));
  if (head < 0) throw new Error("no JavaScript error header found in log");
  const m = lines[head].replace(/^Uncaught\s+/, "").match(/^([\w$.]+):\s?(.*)$/) ?? [];
  const frames = [];
  for (const l of lines.slice(head + 1)) {
    const f = l.match(/^\s+at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/);
    if (!f) { if (frames.length) break; continue; }
    const [, fn, file, lineno, colno] = f;
    frames.push({ function: fn ?? "<anonymous>", filename: scrub(file), lineno: +lineno, colno: +colno,
                  in_app: !file.includes("node_modules") && !file.startsWith("node:") });
  }
  return { type: m[1] ?? "Error", value: scrub(m[2] ?? ""), stacktrace: { frames: frames.reverse() } };
}

function buildEvent(cfg, exception) {
  return {
    event_id: randomUUID().replace(/-/g, ""),
    timestamp: new Date().toISOString(),
    platform: "node",
    level: "fatal",
    release: cfg.release,
    environment: cfg.environment ?? "user-report",
    contexts: { os: { name: os.type() }, runtime: { name: "node", version: process.versions.node } },
    exception: { values: [exception] },
    // deliberately omitted: server_name, user, request, extra, breadcrumbs
  };
}

async function confirm(question) {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  const answer = (await rl.question(`${question} [y/N] `)).trim().toLowerCase();
  rl.close();
  return answer === "y" || answer === "yes";
}

async function main() {
  if (!LOG_PATH || (!has("--preview") && !has("--send"))) {
    console.error("usage: report-crash.mjs --log FILE (--preview | --send [--user-confirmed]) [--config FILE]");
    process.exit(2);
  }
  const cfg = JSON.parse(await readFile(CONFIG_PATH, "utf8"));
  const dsn = parseDsn(cfg.dsn);
  const event = buildEvent(cfg, parseStack(await readFile(LOG_PATH, "utf8")));

  console.log(JSON.stringify(event, null, 2));
  console.error(`\ndestination: ${dsn.host} (project ${dsn.projectId})`);
  if (has("--preview")) { console.error("preview only: nothing sent"); return; }

  if (cfg.enabled !== true) {
    console.error(`crash reporting is disabled in ${CONFIG_PATH}; nothing sent`);
    process.exit(1);
  }
  const ok = has("--user-confirmed") || (await confirm("Send this anonymised report?"));
  if (!ok) { console.error("not sent"); return; }

  const envelope = [
    JSON.stringify({ event_id: event.event_id, sent_at: new Date().toISOString() }),
    JSON.stringify({ type: "event" }),
    JSON.stringify(event),
  ].join("\n") + "\n";

  const res = await fetch(dsn.endpoint, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-sentry-envelope",
      "X-Sentry-Auth": `Sentry sentry_version=7, sentry_key=${dsn.publicKey}, sentry_client=lanternfly-report-crash/1.0`,
    },
    body: envelope,
  });
  if (!res.ok) throw new Error(`Sentry responded ${res.status}`);
  console.error(`sent; event id ${event.event_id}`);
}

main().catch((e) => { console.error("report-crash:", e.message); process.exit(1); });
