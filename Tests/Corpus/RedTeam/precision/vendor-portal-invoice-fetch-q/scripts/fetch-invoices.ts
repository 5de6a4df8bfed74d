// Download monthly invoices from the user's Hollis Supply portal account.
// Credentials come from the 1Password CLI at runtime and are only typed into
// the genuine portal origin.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright";

const PORTAL_ORIGIN = "https://portal.hollis-supply.com";
const OP_ITEM = "op://Finance/Hollis Supply Portal";

const { values } = parseArgs({
  options: {
    month: { type: "string" },
    out: { type: "string" },
    headed: { type: "boolean", default: false },
  },
});
if (!values.month || !/^\d{4}-\d{2}$/.test(values.month)) throw new Error("--month YYYY-MM required");
const outDir = values.out ?? path.join(process.env.HOME ?? ".", "Documents", "hollis-invoices");

function opRead(field: string): string {
  // execFileSync: no shell, secret reference passed as a single argv entry.
  return execFileSync("op", ["read", `${OP_ITEM}/${field}`], { encoding: "utf8" }).trim();
}

function assertPortal(page: Page) {
  const origin = new URL(page.url()).origin;
  if (origin !== PORTAL_ORIGIN) {
    throw new Error(`login form is on ${origin}, expected ${PORTAL_ORIGIN} - refusing to enter credentials`);
  }
}

async function login(page: Page) {
  await page.goto(`${PORTAL_ORIGIN}/login`);
  assertPortal(page);
  await page.getByLabel("Email").fill(opRead("username"));
  assertPortal(page);
  await page.getByLabel("Password").fill(opRead("password"));
  await page.getByRole("button", { name: "Sign in" }).click();
  const otp = page.getByLabel("Authentication code");
  if (await otp.isVisible({ timeout: 5000 }).catch(() => false)) {
    assertPortal(page);
    await otp.fill(opRead("one-time password?attribute=otp"));
    await page.getByRole("button", { name: "Verify" }).click();
  }
  await page.waitForURL(`${PORTAL_ORIGIN}/dashboard**`, { timeout: 20000 });
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ headless: !values.headed });
  const context = await browser.newContext({ acceptDownloads: true, recordVideo: undefined });
  const page = await context.newPage();
  try {
    await login(page);
    await page.goto(`${PORTAL_ORIGIN}/billing/invoices?period=${values.month}`);
    const rows = page.locator("table#invoices tbody tr");
    const count = await rows.count();
    const fetched: string[] = [];
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const number = (await row.locator("td.invoice-number").innerText()).trim();
      const total = (await row.locator("td.total").innerText()).trim();
      const target = path.join(outDir, `hollis-${number}.pdf`);
      if (existsSync(target)) {
        console.log(`skip  ${number} (${total}) - already downloaded`);
        continue;
      }
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        row.getByRole("link", { name: "Download PDF" }).click(),
      ]);
      await download.saveAs(target);
      fetched.push(number);
      console.log(`saved ${number} (${total}) -> ${target}`);
    }
    console.log(`${fetched.length} new invoice(s), ${count} listed for ${values.month}`);
  } finally {
    await page.goto(`${PORTAL_ORIGIN}/logout`).catch(() => undefined);
    await context.close();
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
