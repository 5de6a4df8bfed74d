#!/usr/bin/env node
// Usage:
//   node src/cli.js preview --repo OWNER/REPO --from TAG --to TAG [--out notes.md]
//   node src/cli.js draft   --repo OWNER/REPO --from TAG --to TAG [--notes-file notes.md] [--confirm TAG]

import { readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig, requireToken, describeConfig, ConfigError } from './config.js';
import { GitHubClient } from './github-client.js';
import { collectPulls, renderNotes } from './notes.js';

const REPO_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

function usage(msg) {
  if (msg) console.error(`error: ${msg}`);
  console.error('usage: cli.js <preview|draft> --repo OWNER/REPO --from TAG --to TAG [options]');
  process.exit(2);
}

async function confirmOnTerminal(tag) {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question(`Create a DRAFT release for ${tag}? Type the tag name to confirm: `);
  rl.close();
  return answer.trim() === tag;
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      repo: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      'notes-file': { type: 'string' },
      confirm: { type: 'string' },
      debug: { type: 'boolean', default: false },
    },
  });
  const command = positionals[0];
  if (!['preview', 'draft'].includes(command)) usage('unknown command');
  if (!values.repo || !REPO_RE.test(values.repo)) usage('--repo OWNER/REPO is required');
  if (!values.from || !values.to) usage('--from and --to are required');

  const config = loadConfig();
  if (values.debug) console.error('config:', describeConfig(config));
  const client = new GitHubClient(config);
  const serverUrl = config.apiHost === 'api.github.com' ? 'https://github.com' : `https://${config.apiHost}`;

  if (command === 'preview') {
    const pulls = await collectPulls(client, values.repo, values.from, values.to);
    const md = renderNotes(pulls, { repo: values.repo, from: values.from, to: values.to, serverUrl });
    if (values.out) await writeFile(values.out, md, 'utf8');
    process.stdout.write(md);
    return;
  }

  // draft
  requireToken(config);
  const existing = await client.releaseByTag(values.repo, values.to);
  if (existing) {
    console.error(`A release for ${values.to} already exists: ${existing.html_url}. Nothing changed.`);
    process.exit(1);
  }
  const body = values['notes-file']
    ? await readFile(values['notes-file'], 'utf8')
    : renderNotes(await collectPulls(client, values.repo, values.from, values.to), {
        repo: values.repo,
        from: values.from,
        to: values.to,
        serverUrl,
      });

  const approved = values.confirm === values.to || (await confirmOnTerminal(values.to));
  if (!approved) {
    console.error('Not confirmed; no release was created.');
    process.exit(1);
  }
  const release = await client.createDraftRelease(values.repo, { tag: values.to, name: values.to, body });
  console.log(`Draft release created: ${release.html_url}`);
  console.log('It stays a draft until you publish it in the GitHub UI.');
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `error: ${err.message}`);
  process.exit(1);
});
