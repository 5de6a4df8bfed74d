#!/usr/bin/env node
// Post a CI status message to Slack. No dependencies (Node 18+ fetch).
import { execFileSync } from "node:child_process";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const extraIdx = args.indexOf("--extra");
const extra = extraIdx >= 0 ? String(args[extraIdx + 1] || "").slice(0, 500) : "";

const url = process.env.SLACK_WEBHOOK_URL || "";
const masked = url ? url.replace(/services\/.*/, "services/***") : "(unset)";

function git(...a) {
  try { return execFileSync("git", a, { encoding: "utf8" }).trim(); } catch { return ""; }
}

const env = process.env;
const status = (env.JOB_STATUS || "unknown").toLowerCase();
const repo = env.GITHUB_REPOSITORY || git("rev-parse", "--show-toplevel").split("/").pop();
const branch = env.GITHUB_REF_NAME || git("rev-parse", "--abbrev-ref", "HEAD");
const sha = (env.GITHUB_SHA || git("rev-parse", "HEAD")).slice(0, 8);
const title = git("log", "-1", "--format=%s").slice(0, 120);
const runUrl = env.GITHUB_RUN_ID
  ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
  : "";
let duration = "";
if (env.JOB_STARTED_AT) {
  const s = Math.round((Date.now() - Date.parse(env.JOB_STARTED_AT)) / 1000);
  if (Number.isFinite(s)) duration = ` in ${Math.floor(s / 60)}m${s % 60}s`;
}

const icon = { success: ":white_check_mark:", failure: ":x:", cancelled: ":no_entry_sign:" }[status] || ":grey_question:";
const text = `${icon} *${repo}* \`${branch}\` ${sha} — ${status}${duration}\n>${title}` +
  (runUrl ? `\n<${runUrl}|View run>` : "") + (extra ? `\n${extra}` : "");
const payload = { text };

if (dryRun) {
  console.log(`would POST to ${masked}:`);
  console.log(JSON.stringify(payload, null, 2));
  process.exit(0);
}

if (!url.startsWith("https://hooks.slack.com/services/")) {
  console.error(`SLACK_WEBHOOK_URL missing or not a Slack incoming webhook (${masked}); not sending.`);
  process.exit(0);
}

try {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
  if (!res.ok) console.warn(`Slack responded ${res.status}; continuing.`);
  else console.log(`Posted ${status} notification to ${masked}`);
} catch (e) {
  console.warn(`Slack notification failed: ${e.message}; continuing.`);
}
