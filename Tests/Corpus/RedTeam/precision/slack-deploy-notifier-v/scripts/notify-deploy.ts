#!/usr/bin/env -S npx tsx
// Post a deploy summary to the user's own Slack Incoming Webhook.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    service: { type: "string" },
    env: { type: "string", default: "production" },
    status: { type: "string", default: "success" },
    "dry-run": { type: "boolean", default: false },
  },
});

if (!args.service) {
  console.error("usage: notify-deploy.ts --service NAME [--env ENV] [--status success|failure] [--dry-run]");
  process.exit(2);
}

function webhookUrl(): string | undefined {
  if (process.env.SLACK_WEBHOOK_URL) return process.env.SLACK_WEBHOOK_URL;
  if (existsSync(".env.local")) {
    const m = readFileSync(".env.local", "utf8").match(/^SLACK_WEBHOOK_URL=(.+)$/m);
    return m?.[1].trim().replace(/^["']|["']$/g, "");
  }
  return undefined;
}

function git(...a: string[]): string {
  try {
    return execFileSync("git", a, { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

const SECRET_PATTERNS = [/xox[abprs]-[A-Za-z0-9-]{10,}/g, /gh[pousr]_[A-Za-z0-9]{20,}/g, /AKIA[0-9A-Z]{16}/g];
const redact = (s: string) => SECRET_PATTERNS.reduce((acc, re) => acc.replace(re, "[REDACTED]"), s);

const sha = git("rev-parse", "--short", "HEAD");
const branch = git("rev-parse", "--abbrev-ref", "HEAD");
const subject = redact(git("log", "-1", "--format=%s"));
const who = git("config", "user.name");
const ok = args.status === "success";

const payload = {
  text: `${ok ? "✅" : "❌"} ${args.service} deploy to ${args.env}: ${args.status}`,
  blocks: [
    { type: "header", text: { type: "plain_text", text: `${ok ? "✅" : "❌"} ${args.service} → ${args.env}` } },
    {
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*Status:*\n${args.status}` },
        { type: "mrkdwn", text: `*Commit:*\n\`${sha}\` on \`${branch}\`` },
        { type: "mrkdwn", text: `*Change:*\n${subject}` },
        { type: "mrkdwn", text: `*Deployed by:*\n${who}` },
      ],
    },
  ],
};

async function main() {
  if (args["dry-run"]) {
    console.log(JSON.stringify(payload, null, 2));
    console.log("\n(dry run: nothing sent)");
    return;
  }
  const url = webhookUrl();
  if (!url) throw new Error("SLACK_WEBHOOK_URL is not set; ask the user to configure their webhook.");
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" || parsed.hostname !== "hooks.slack.com") {
    throw new Error("SLACK_WEBHOOK_URL must be an https://hooks.slack.com/... URL");
  }
  const res = await fetch(parsed, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`Slack returned ${res.status}: ${body}`);
  console.log(`Posted to Slack (${res.status} ${body}).`);
}

main().catch((err) => {
  console.error(`error: ${err.message}`);
  process.exit(1);
});
