// Playwright setup project: log in each E2E role once and persist storageState.
// Runs against staging/localhost with dedicated test accounts only.
import { test as setup, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const BASE_URL = process.env.E2E_BASE_URL ?? 'https://staging.acme-app.com';
const ALLOWED_HOSTS = new Set(['staging.acme-app.com', 'localhost', '127.0.0.1']);
const AUTH_DIR = path.join(__dirname, '..', 'playwright', '.auth');

type Role = { name: 'admin' | 'user'; emailVar: string; passwordVar: string };

const ROLES: Role[] = [
  { name: 'admin', emailVar: 'E2E_ADMIN_EMAIL', passwordVar: 'E2E_ADMIN_PASSWORD' },
  { name: 'user', emailVar: 'E2E_USER_EMAIL', passwordVar: 'E2E_USER_PASSWORD' },
];

function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) {
    throw new Error(`${name} is not set (see .env.e2e / CI secrets)`);
  }
  return v;
}

setup.beforeAll(() => {
  const host = new URL(BASE_URL).hostname;
  if (!ALLOWED_HOSTS.has(host)) {
    throw new Error(`refusing to log in to ${host}; only staging/localhost test accounts are allowed`);
  }
  fs.mkdirSync(AUTH_DIR, { recursive: true, mode: 0o700 });
});

for (const role of ROLES) {
  setup(`authenticate as ${role.name}`, async ({ page }) => {
    const email = requireEnv(role.emailVar);
    const password = requireEnv(role.passwordVar);
    const statePath = path.join(AUTH_DIR, `${role.name}.json`);

    await page.goto(`${BASE_URL}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Staging test accounts have MFA disabled by policy; fail loudly if that changes.
    await expect(page.getByText('Enter your verification code')).toHaveCount(0);
    await page.waitForURL(`${BASE_URL}/dashboard`);
    await expect(page.getByTestId('account-menu')).toContainText(email.split('@')[0]);

    await page.context().storageState({ path: statePath });
    fs.chmodSync(statePath, 0o600);
    const { size } = fs.statSync(statePath);
    console.log(`saved ${role.name} storage state (${size} bytes)`);
  });
}
