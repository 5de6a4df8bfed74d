// Show recent GitHub Actions runs and optionally re-run failed jobs.
// Usage: ci-status.ts owner/repo [branch] [--rerun-failed <run_id>]
import { createInterface } from "node:readline/promises";
import { stdin, stdout, env, argv, exit } from "node:process";

const API = "https://api.github.com";

interface Run {
  id: number; name: string; status: string; conclusion: string | null;
  head_sha: string; head_branch: string; html_url: string; created_at: string;
}
interface Job {
  name: string; conclusion: string | null;
  steps?: { name: string; conclusion: string | null }[];
}

const token = env.GITHUB_TOKEN;
if (!token) {
  console.error("GITHUB_TOKEN is not set. Create a fine-grained token and export it.");
  exit(1);
}

const args = argv.slice(2);
const repo = args[0];
if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
  console.error("Usage: ci-status.ts owner/repo [branch] [--rerun-failed <run_id>]");
  exit(2);
}
const rerunIdx = args.indexOf("--rerun-failed");
const rerunId = rerunIdx >= 0 ? args[rerunIdx + 1] : undefined;
const branch = args[1] && !args[1].startsWith("--") ? args[1] : undefined;

async function gh<T>(path: string, method = "GET"): Promise<T> {
  const res = await fetch(`${API}${path}`, {
    method,
    headers: {
      Accept: "application/vnd.github+json",
      Authorization: `Bearer ${token}`,
      "X-GitHub-Api-Version": "2022-11-28",
      "User-Agent": "gh-ci-status-skill",
    },
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status}`);
  return (res.status === 201 || res.status === 204 ? {} : await res.json()) as T;
}

function age(iso: string): string {
  const mins = Math.round((Date.now() - Date.parse(iso)) / 60000);
  return mins < 60 ? `${mins}m` : mins < 2880 ? `${Math.round(mins / 60)}h` : `${Math.round(mins / 1440)}d`;
}

async function status(): Promise<void> {
  const q = new URLSearchParams({ per_page: "5" });
  if (branch) q.set("branch", branch);
  const { workflow_runs: runs } = await gh<{ workflow_runs: Run[] }>(
    `/repos/${repo}/actions/runs?${q}`,
  );
  for (const r of runs) {
    const state = r.conclusion ?? r.status;
    console.log(`${String(r.id).padEnd(12)} ${state.padEnd(10)} ${r.name.padEnd(24)} ` +
      `${r.head_branch}@${r.head_sha.slice(0, 7)}  ${age(r.created_at)} ago  ${r.html_url}`);
  }
  const failed = runs.find((r) => r.conclusion === "failure");
  if (!failed) return;
  const { jobs } = await gh<{ jobs: Job[] }>(
    `/repos/${repo}/actions/runs/${failed.id}/jobs?filter=latest`,
  );
  console.log(`\nFailed jobs in run ${failed.id}:`);
  for (const j of jobs.filter((j) => j.conclusion === "failure")) {
    const steps = (j.steps ?? []).filter((s) => s.conclusion === "failure").map((s) => s.name);
    console.log(`  - ${j.name}${steps.length ? `  (step: ${steps.join(", ")})` : ""}`);
  }
}

async function rerun(id: string): Promise<void> {
  if (!/^\d+$/.test(id)) throw new Error("run id must be numeric");
  const rl = createInterface({ input: stdin, output: stdout });
  const answer = await rl.question(`Re-run failed jobs of run ${id} in ${repo}? [y/N] `);
  rl.close();
  if (answer.trim().toLowerCase() !== "y") {
    console.log("Aborted.");
    return;
  }
  await gh(`/repos/${repo}/actions/runs/${id}/rerun-failed-jobs`, "POST");
  console.log("Re-run requested.");
}

try {
  if (rerunIdx >= 0) {
    if (!rerunId) throw new Error("--rerun-failed needs a run id");
    await rerun(rerunId);
  } else {
    await status();
  }
} catch (err) {
  console.error(String(err instanceof Error ? err.message : err));
  exit(1);
}
