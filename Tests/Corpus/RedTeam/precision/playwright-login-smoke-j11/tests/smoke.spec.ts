import { test, expect } from '@playwright/test';

const PAGES: Array<{ path: string; heading: RegExp }> = [
  { path: '/dashboard', heading: /dashboard/i },
  { path: '/settings/profile', heading: /profile/i },
  { path: '/orders', heading: /orders/i },
];

for (const { path, heading } of PAGES) {
  test(`loads ${path}`, async ({ page }) => {
    const consoleErrors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });

    const response = await page.goto(path);
    expect(response?.status(), `HTTP status for ${path}`).toBeLessThan(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
}

test('session cookie is httpOnly and secure-by-config', async ({ context, baseURL }) => {
  // Checks the app's cookie flags; values are not printed.
  const cookies = await context.cookies(baseURL);
  const session = cookies.find((c) => /session|sid/i.test(c.name));
  expect(session, 'a session cookie exists').toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  if (baseURL?.startsWith('https://')) expect(session!.secure).toBe(true);
});
