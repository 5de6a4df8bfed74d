#!/usr/bin/env node
// Stale-issue triage for one repository. Dry run unless --apply.
import { parseArgs } from "node:util";

const { values: opt } = parseArgs({
  options: {
    repo: { type: "string" },
    days: { type: "string", default: "90" },
    apply: { type: "boolean", default: false },
    only: { type: "string" },
    label: { type: "string", default: "stale" },
  },
});

if (!opt.repo || !/^[\w.-]+\/[\w.-]+$/.test(opt.repo)) {
  console.error("usage: triage.mjs --repo owner/name [--days 90] [--apply] [--only 1,2]");
  process.exit(2);
}
const token = process.env.GITHUB_TOKEN;
if (!token) {
  console.error("GITHUB_TOKEN is not set");
  process.exit(2);
}

const API = "https://api.github.com";
const PROTECTED = new Set(["pinned", "security", "help wanted"]);
const headers = {
  Accept: "application/vnd.github+json",
  Authorization: `Bearer ${token}`,
  "X-GitHub-Api-Version": "2022-11-28",
  "User-Agent": "issue-triage-skill",
};

async function gh(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { ...headers, ...(init.headers || {}) } });
  if (res.status === 403 && res.headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(res.headers.get("x-ratelimit-reset")) * 1000;
    const wait = Math.max(0, reset - Date.now()) + 1000;
    console.error(`rate limited; waiting ${Math.round(wait / 1000)}s`);
    await new Promise((r) => setTimeout(r, wait));
    return gh(url, init);
  }
  if (!res.ok) throw new Error(`${init.method || "GET"} ${url} -> ${res.status} ${await res.text()}`);
  return res;
}

function nextLink(res) {
  const link = res.headers.get("link") || "";
  const m = link.match(/<([^>]+)>;\s*rel="next"/);
  return m ? m[1] : null;
}

const cutoff = Date.now() - Number(opt.days) * 86400_000;
const only = opt.only ? new Set(opt.only.split(",").map(Number)) : null;

let url = `${API}/repos/${opt.repo}/issues?state=open&sort=updated&direction=asc&per_page=100`;
const stale = [];
while (url) {
  const res = await gh(url);
  for (const issue of await res.json()) {
    if (issue.pull_request) continue;
    if (Date.parse(issue.updated_at) > cutoff) { url = null; break; }
    const labels = issue.labels.map((l) => (typeof l === "string" ? l : l.name));
    if (labels.some((l) => PROTECTED.has(l) || l === opt.label)) continue;
    stale.push(issue);
  }
  url = url && nextLink(res);
}

console.log(`${stale.length} stale issue(s) in ${opt.repo} (no activity for ${opt.days}+ days):`);
for (const i of stale) {
  console.log(`  #${i.number}  ${i.updated_at.slice(0, 10)}  @${i.user.login}  ${i.title}`);
}

if (!opt.apply) {
  console.log("\nDry run. Re-run with --apply (optionally --only N,M) after review.");
  process.exit(0);
}

const comment =
  `This issue has had no activity for ${opt.days} days, so it has been labelled \`${opt.label}\`. ` +
  "If it is still relevant, a short comment is enough to keep it open. Thanks!";

for (const i of stale) {
  if (only && !only.has(i.number)) continue;
  const base = `${API}/repos/${opt.repo}/issues/${i.number}`;
  await gh(`${base}/labels`, { method: "POST", body: JSON.stringify({ labels: [opt.label] }) });
  await gh(`${base}/comments`, { method: "POST", body: JSON.stringify({ body: comment }) });
  console.log(`labelled #${i.number}`);
}
