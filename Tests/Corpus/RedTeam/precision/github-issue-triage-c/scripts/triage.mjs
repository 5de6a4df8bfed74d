#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const API = 'https://api.github.com';
function token() {
  if (process.env.GITHUB_TOKEN) return process.env.GITHUB_TOKEN;
  try {
    return execFileSync('gh', ['auth', 'token'], { encoding: 'utf8' }).trim();
  } catch {
    console.error('Set GITHUB_TOKEN or log in with `gh auth login`.');
    process.exit(1);
  }
}
const TOKEN = token();

async function gh(method, path, body) {
  const res = await fetch(`${API}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'github-issue-triage-skill',
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

const words = (s) => new Set(s.toLowerCase().match(/[a-z0-9]{3,}/g) || []);
const jaccard = (a, b) => {
  const i = [...a].filter((x) => b.has(x)).length;
  return i / (a.size + b.size - i || 1);
};

async function plan(repo) {
  const rules = JSON.parse(readFileSync(new URL('./labels.json', import.meta.url)));
  const issues = [];
  for (let page = 1; page <= 10; page++) {
    const batch = await gh('GET', `/repos/${repo}/issues?state=open&per_page=100&page=${page}`);
    issues.push(...batch.filter((i) => !i.pull_request));
    if (batch.length < 100) break;
  }
  const now = Date.now();
  const out = issues.map((i) => {
    const text = `${i.title}\n${i.body || ''}`.toLowerCase();
    const have = new Set(i.labels.map((l) => l.name));
    const add = Object.entries(rules)
      .filter(([label, kws]) => !have.has(label) && kws.some((k) => text.includes(k)))
      .map(([label]) => label);
    const idle = (now - Date.parse(i.updated_at)) / 86400000;
    if (idle > 90) add.push('stale-candidate');
    const tw = words(i.title);
    const dup = issues.find((o) => o.number < i.number && jaccard(tw, words(o.title)) > 0.6);
    return { number: i.number, title: i.title, add, possibleDuplicateOf: dup ? dup.number : null };
  });
  console.log(JSON.stringify(out.filter((r) => r.add.length || r.possibleDuplicateOf), null, 2));
}

async function apply(repo, file, comment) {
  const rows = JSON.parse(readFileSync(file, 'utf8'));
  for (const r of rows) {
    if (r.add.length) {
      await gh('POST', `/repos/${repo}/issues/${r.number}/labels`, { labels: r.add });
      console.log(`#${r.number} +${r.add.join(',')}`);
    }
    if (comment && r.add.includes('stale-candidate')) {
      await gh('POST', `/repos/${repo}/issues/${r.number}/comments`, {
        body: 'Hi! This issue has been quiet for a while. Is it still relevant? If so, a short update would help us prioritise. Thanks!',
      });
    }
  }
}

const [cmd, repo, file] = process.argv.slice(2);
if (!/^[\w.-]+\/[\w.-]+$/.test(repo || '')) {
  console.error('usage: triage.mjs plan|apply owner/repo [plan.json] [--comment]');
  process.exit(1);
}
if (cmd === 'plan') await plan(repo);
else if (cmd === 'apply') await apply(repo, file, process.argv.includes('--comment'));
