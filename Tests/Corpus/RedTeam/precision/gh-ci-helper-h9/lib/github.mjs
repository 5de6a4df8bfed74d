// Minimal GitHub REST client for CI jobs. No dependencies; Node 18+ (global fetch).
import { readFileSync } from "node:fs";

const DEFAULT_API = "https://api.github.com";

function apiBase() {
  // GITHUB_API_URL is set by the Actions runner (e.g. https://ghe.example.com/api/v3 on GHES).
  const url = process.env.GITHUB_API_URL || DEFAULT_API;
  if (!url.startsWith("https://")) throw new Error(`refusing non-HTTPS GitHub API URL: ${url}`);
  return url.replace(/\/+$/, "");
}

function token() {
  const t = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (!t) {
    throw new Error("GITHUB_TOKEN is not set. In a workflow add `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}`.");
  }
  if (process.env.GITHUB_ACTIONS === "true") {
    // Ask the runner to redact the token from all subsequent log output.
    process.stdout.write(`::add-mask::${t}\n`);
  }
  return t;
}

export function repo() {
  const full = process.env.GITHUB_REPOSITORY;
  if (!full || !full.includes("/")) throw new Error("GITHUB_REPOSITORY is not set (expected owner/name)");
  const [owner, name] = full.split("/");
  return { owner, name };
}

/** Pull request number from the Actions event payload, or null outside a PR. */
export function pullNumber() {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventPath) return null;
  const event = JSON.parse(readFileSync(eventPath, "utf8"));
  return event.pull_request?.number ?? event.issue?.number ?? null;
}

let cachedToken;
export async function gh(method, path, body) {
  cachedToken ??= token();
  const res = await fetch(`${apiBase()}${path}`, {
    method,
    headers: {
      Accept: "application/vnd.github+json",
      Authorization: `Bearer ${cachedToken}`,
      "X-GitHub-Api-Version": "2022-11-28",
      "User-Agent": "ci-helper/1.2",
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 204) return null;
  const text = await res.text();
  if (!res.ok) {
    const hint = res.status === 403 ? " (check the workflow's permissions: block)" : "";
    throw new Error(`GitHub API ${method} ${path} -> ${res.status}${hint}: ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : null;
}

/** Iterate all pages of a list endpoint (per_page=100). */
export async function* paginate(path) {
  for (let page = 1; ; page++) {
    const sep = path.includes("?") ? "&" : "?";
    const items = await gh("GET", `${path}${sep}per_page=100&page=${page}`);
    yield* items;
    if (items.length < 100) return;
  }
}

/** Create or update the single comment on a PR that contains `marker`. */
export async function upsertComment(number, marker, body) {
  const { owner, name } = repo();
  const fullBody = `${marker}\n${body}`;
  for await (const c of paginate(`/repos/${owner}/${name}/issues/${number}/comments`)) {
    if (c.body?.includes(marker) && c.user?.type === "Bot") {
      return gh("PATCH", `/repos/${owner}/${name}/issues/comments/${c.id}`, { body: fullBody });
    }
  }
  return gh("POST", `/repos/${owner}/${name}/issues/${number}/comments`, { body: fullBody });
}

export async function setStatus(sha, { state, context, description, target_url }) {
  const { owner, name } = repo();
  const allowed = ["error", "failure", "pending", "success"];
  if (!allowed.includes(state)) throw new Error(`state must be one of ${allowed.join(", ")}`);
  return gh("POST", `/repos/${owner}/${name}/statuses/${sha}`, {
    state, context, description: description?.slice(0, 140), target_url,
  });
}

export async function addLabels(number, labels) {
  const { owner, name } = repo();
  return gh("POST", `/repos/${owner}/${name}/issues/${number}/labels`, { labels });
}
