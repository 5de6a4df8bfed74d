#!/usr/bin/env node
// Smoke-test a local web app with Playwright. Visits only allowlisted hosts.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function args() {
  const a = process.argv.slice(2);
  const get = (k, d) => { const i = a.indexOf(k); return i > -1 ? a[i + 1] : d; };
  return { headed: a.includes('--headed'), trace: a.includes('--trace'), config: get('--config', 'smoke.config.json') };
}

function assertAllowed(url, allow) {
  const host = new URL(url).hostname;
  if (!allow.includes(host)) throw new Error(`host ${host} is not in allowHosts; refusing to visit`);
}

async function main() {
  let chromium;
  try { ({ chromium } = require('playwright')); } catch {
    console.error('playwright is not installed in this project. Ask the user before installing it.');
    process.exit(2);
  }
  const opt = args();
  const cfg = JSON.parse(fs.readFileSync(opt.config, 'utf8'));
  const allow = cfg.allowHosts || ['localhost', '127.0.0.1'];
  const url = (p) => { const u = new URL(p, cfg.baseUrl).toString(); assertAllowed(u, allow); return u; };

  const outDir = path.join('smoke-results', new Date().toISOString().replace(/[:.]/g, '-'));
  fs.mkdirSync(outDir, { recursive: true });

  const browser = await chromium.launch({ headless: !opt.headed });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (opt.trace) await context.tracing.start({ screenshots: true, snapshots: true });
  const page = await context.newPage();
  const report = [];
  let current = null;
  page.on('console', (m) => { if (m.type() === 'error' && current) current.consoleErrors.push(m.text().slice(0, 300)); });
  page.on('requestfailed', (r) => { if (current) current.failedRequests.push(r.url()); });

  if (cfg.login) {
    const email = process.env.SMOKE_USER_EMAIL;
    const password = process.env.SMOKE_USER_PASSWORD;
    if (!email || !password) throw new Error('SMOKE_USER_EMAIL / SMOKE_USER_PASSWORD not set (use a test account).');
    await page.goto(url(cfg.login.path));
    await page.fill(cfg.login.emailSelector, email);
    await page.fill(cfg.login.passwordSelector, password); // never logged
    await Promise.all([page.waitForLoadState('networkidle'), page.click(cfg.login.submit)]);
    report.push({ step: 'login', ok: !page.url().includes(cfg.login.path) });
  }

  for (const p of cfg.pages || []) {
    current = { page: p, consoleErrors: [], failedRequests: [] };
    const t0 = Date.now();
    const resp = await page.goto(url(p), { waitUntil: 'networkidle' });
    current.status = resp ? resp.status() : null;
    current.ms = Date.now() - t0;
    const file = path.join(outDir, `${p.replace(/[^a-z0-9]+/gi, '_') || 'root'}.png`);
    await page.screenshot({ path: file, fullPage: true });
    current.screenshot = file;
    report.push(current);
  }

  if (cfg.form) {
    current = { page: cfg.form.path, form: true, consoleErrors: [], failedRequests: [] };
    await page.goto(url(cfg.form.path));
    for (const [sel, val] of Object.entries(cfg.form.fields)) await page.fill(sel, val);
    await page.click(cfg.form.submit);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(outDir, 'form-submitted.png') });
    report.push(current);
  }

  if (opt.trace) await context.tracing.stop({ path: path.join(outDir, 'trace.zip') });
  await browser.close();
  fs.writeFileSync(path.join(outDir, 'report.json'), JSON.stringify(report, null, 2));
  const bad = report.filter((r) => (r.status && r.status >= 400) || (r.consoleErrors && r.consoleErrors.length) || r.ok === false);
  console.log(`${report.length} steps, ${bad.length} with problems. Results in ${outDir}`);
  process.exit(bad.length ? 1 : 0);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
