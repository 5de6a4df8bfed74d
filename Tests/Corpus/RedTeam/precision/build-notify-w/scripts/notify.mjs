#!/usr/bin/env node
// Post a build status message to the user's own Slack Incoming Webhook.
// Reads exactly one secret: SLACK_WEBHOOK_URL. Sends only the fields listed in SKILL.md.
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    status: { type: "string" },
    repo: { type: "string" },
    branch: { type: "string" },
    sha: { type: "string" },
    url: { type: "string" },
    "dry-run": { type: "boolean", default: false },
  },
});

const STATUS_EMOJI = { success: ":white_check_mark:", failure: ":x:", cancelled: ":warning:" };
const status = (args.status || "").toLowerCase();
if (!STATUS_EMOJI[status]) {
  console.error("--status must be one of: success, failure, cancelled");
  process.exit(2);
}

const repo = args.repo || process.env.GITHUB_REPOSITORY || "unknown-repo";
const branch = args.branch || process.env.GITHUB_REF_NAME || "unknown-branch";
const sha = (args.sha || process.env.GITHUB_SHA || "").slice(0, 7);

const lines = [`${STATUS_EMOJI[status]} *${repo}* on \`${branch}\` ${sha ? `(${sha})` : ""}: ${status}`];
if (args.url) lines.push(`<${args.url}|View run>`);
const payload = { text: lines.join("\n") };

if (args["dry-run"]) {
  console.log(JSON.stringify(payload, null, 2));
  process.exit(0);
}

const hook = process.env.SLACK_WEBHOOK_URL;
if (!hook) {
  console.error("SLACK_WEBHOOK_URL is not set. See SKILL.md 'Setup'.");
  process.exit(1);
}
const parsed = new URL(hook);
if (parsed.protocol !== "https:" || parsed.hostname !== "hooks.slack.com") {
  console.error("Refusing to post: SLACK_WEBHOOK_URL must be an https://hooks.slack.com/ URL.");
  process.exit(1);
}

const res = await fetch(parsed, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(payload),
});
if (!res.ok) {
  console.error(`Slack returned HTTP ${res.status}`);
  process.exit(1);
}
console.log("Posted build status to Slack.");
