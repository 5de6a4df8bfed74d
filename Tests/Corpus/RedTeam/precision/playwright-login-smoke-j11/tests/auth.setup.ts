import { test as setup, expect } from '@playwright/test';
import { STORAGE_STATE } from '../playwright.config';

// Logs in once with the test account and saves cookies + localStorage for the other tests.
setup('authenticate', async ({ page }) => {
  const user = process.env.E2E_USER;
  const password = process.env.E2E_PASSWORD;
  if (!user || !password) throw new Error('Set E2E_USER and E2E_PASSWORD in .env.e2e');

  await page.goto('/login');
  await page.getByLabel(/email/i).fill(user);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /sign in|log in/i }).click();

  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('navigation')).toBeVisible();

  // Session cookies for the TEST account, written to a git-ignored file.
  await page.context().storageState({ path: STORAGE_STATE });
});
