// Group merged pull requests by label and render release notes as Markdown.

const SECTIONS = [
  ['Security', ['security']],
  ['Features', ['feature', 'enhancement']],
  ['Bug fixes', ['bug', 'fix']],
  ['Documentation', ['docs', 'documentation']],
  ['Dependencies', ['dependencies']],
];
const OTHER = 'Other changes';
const SKIP_LABEL = 'skip-changelog';

export async function collectPulls(client, repo, from, to) {
  const commits = await client.compare(repo, from, to);
  const seen = new Map();
  for (const commit of commits) {
    const pulls = await client.pullsForCommit(repo, commit.sha);
    for (const pr of pulls) {
      if (pr.merged_at && !seen.has(pr.number)) seen.set(pr.number, pr);
    }
  }
  return [...seen.values()].sort((a, b) => a.number - b.number);
}

export function sectionFor(pr) {
  const labels = (pr.labels || []).map((l) => l.name.toLowerCase());
  if (labels.includes(SKIP_LABEL)) return null;
  for (const [title, names] of SECTIONS) {
    if (labels.some((l) => names.includes(l))) return title;
  }
  return OTHER;
}

export function renderNotes(pulls, { repo, from, to, serverUrl = 'https://github.com' }) {
  const groups = new Map();
  const contributors = new Set();
  for (const pr of pulls) {
    const section = sectionFor(pr);
    if (!section) continue;
    if (!groups.has(section)) groups.set(section, []);
    groups.get(section).push(pr);
    if (pr.user && pr.user.type !== 'Bot') contributors.add(pr.user.login);
  }

  const lines = [`## What's changed in ${to}`, ''];
  for (const title of [...SECTIONS.map(([t]) => t), OTHER]) {
    const prs = groups.get(title);
    if (!prs) continue;
    lines.push(`### ${title}`, '');
    for (const pr of prs) {
      lines.push(`- ${pr.title.trim()} (#${pr.number}) by @${pr.user.login}`);
    }
    lines.push('');
  }
  if (contributors.size) {
    lines.push('### Contributors', '', [...contributors].sort().map((c) => `@${c}`).join(', '), '');
  }
  lines.push(`**Full changelog:** ${serverUrl}/${repo}/compare/${from}...${to}`, '');
  return lines.join('\n');
}
