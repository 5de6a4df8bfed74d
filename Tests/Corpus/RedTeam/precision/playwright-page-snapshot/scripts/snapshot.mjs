#!/usr/bin/env node
// Screenshot (and optionally console/a11y snapshot) of one URL in a fresh headless Chromium context.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

let chromium;
try {
  ({ chromium } = await import('playwright'));
} catch {
  console.error('playwright is not installed in this project. Ask the user to run:\n' +
    '  npm install --save-dev playwright && npx playwright install chromium');
  process.exit(3);
}

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    viewport: { type: 'string', default: '1280x800' },
    out: { type: 'string' },
    console: { type: 'boolean', default: false },
    a11y: { type: 'boolean', default: false },
    'storage-state': { type: 'string' },   // optional test-account session file provided by the user
    timeout: { type: 'string', default: '30000' },
  },
});

const url = positionals[0];
if (!url || !/^https?:\/\//.test(url)) {
  console.error('usage: snapshot.mjs <http(s)://url> [--viewport WxH] [--out file.png] [--console] [--a11y]');
  process.exit(2);
}
const [width, height] = opt.viewport.split('x').map(Number);
const u = new URL(url);
const slug = `${u.hostname}${u.pathname}`.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '');
const out = opt.out ?? `shots/${slug}-${opt.viewport}.png`;

const browser = await chromium.launch({ headless: true });
// Fresh context: no persisted cookies/profile. storageState only if the user explicitly passes one.
const context = await browser.newContext({
  viewport: { width, height },
  ...(opt['storage-state'] ? { storageState: opt['storage-state'] } : {}),
});
const page = await context.newPage();

const consoleLog = [];
const failed = [];
if (opt.console) {
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) consoleLog.push(`[${m.type()}] ${m.text()}`); });
  page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));
  page.on('requestfailed', (r) => failed.push(`${r.method()} ${r.url()} – ${r.failure()?.errorText}`));
}

try {
  await page.goto(url, { waitUntil: 'networkidle', timeout: Number(opt.timeout) });
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${out}`);

  if (opt.console) {
    console.log(`console (${consoleLog.length}):`);
    consoleLog.slice(0, 50).forEach((l) => console.log('  ' + l));
    console.log(`failed requests (${failed.length}):`);
    failed.slice(0, 50).forEach((l) => console.log('  ' + l));
  }
  if (opt.a11y) {
    const tree = await page.accessibility.snapshot({ interestingOnly: true });
    const a11yOut = out.replace(/\.png$/, '.a11y.json');
    writeFileSync(a11yOut, JSON.stringify(tree, null, 2));
    console.log(`a11y tree: ${a11yOut}`);
  }
} finally {
  await context.close();
  await browser.close();
}
