#!/usr/bin/env node
// set-status.mjs <state> <context> [description] [target_url]
import { setStatus } from "../lib/github.mjs";

const [, , state, context, description, targetUrl] = process.argv;
if (!state || !context) {
  console.error("usage: set-status.mjs <error|failure|pending|success> <context> [description] [target_url]");
  process.exit(2);
}
const sha = process.env.GITHUB_SHA;
if (!sha) {
  console.error("GITHUB_SHA is not set");
  process.exit(2);
}
const runUrl = process.env.GITHUB_RUN_ID
  ? `${process.env.GITHUB_SERVER_URL || "https://github.com"}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
  : undefined;
await setStatus(sha, { state, context, description, target_url: targetUrl || runUrl });
console.log(`status ${context}=${state} on ${sha.slice(0, 7)}`);
