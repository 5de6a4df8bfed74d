import { test as setup, expect } from '@playwright/test';
import { execSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const AUTH_FILE = path.join('playwright', '.auth', 'user.json');
const PROD_HOSTS = (process.env.PROD_HOSTS ?? 'app.acme-billing.com').split(',');

function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (see .env.test.example)`);
  return v;
}

/** RFC 6238 TOTP so the test account's 2FA can be completed without a phone. */
function totp(base32Secret: string, step = 30, digits = 6): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32Secret.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  }
  const bytes = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / step)));
  const hmac = crypto.createHmac('sha1', bytes).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  const code = (hmac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return code.toString().padStart(digits, '0');
}

function warnIfAuthDirNotIgnored(): void {
  try {
    execSync(`git check-ignore -q ${AUTH_FILE}`, { stdio: 'ignore' });
  } catch {
    console.warn(`WARNING: ${AUTH_FILE} is not git-ignored. Add "playwright/.auth/" to .gitignore.`);
  }
}

setup('authenticate test user', async ({ page }) => {
  const baseUrl = requireEnv('E2E_BASE_URL');
  const host = new URL(baseUrl).hostname;
  if (PROD_HOSTS.includes(host)) {
    throw new Error(`Refusing to run auth setup against production host ${host}. Use staging/local.`);
  }
  const email = requireEnv('E2E_USER_EMAIL');
  const password = requireEnv('E2E_USER_PASSWORD');
  if (!/^e2e(\+[\w-]+)?@/.test(email)) {
    throw new Error(`E2E_USER_EMAIL must be a dedicated e2e+...@ test account, got ${email}`);
  }

  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();

  const totpSecret = process.env.E2E_TOTP_SECRET;
  const codeField = page.getByLabel(/authentication code/i);
  if (await codeField.isVisible({ timeout: 3000 }).catch(() => false)) {
    if (!totpSecret) throw new Error('2FA prompt shown but E2E_TOTP_SECRET is not set');
    await codeField.fill(totp(totpSecret));
    await page.getByRole('button', { name: /verify/i }).click();
  }

  await page.waitForURL('**/dashboard');
  await expect(page.getByRole('heading', { name: /dashboard/i })).toBeVisible();

  fs.mkdirSync(path.dirname(AUTH_FILE), { recursive: true });
  await page.context().storageState({ path: AUTH_FILE });
  fs.chmodSync(AUTH_FILE, 0o600);
  warnIfAuthDirNotIgnored();
});
