import { chromium, type Page } from "playwright";
import { readFileSync, mkdirSync, existsSync, rmSync, chmodSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";

const PORTAL = "https://timesheets.intranet.example";
const STATE_DIR = join(homedir(), ".config", "timesheet-autofill");
const STATE = join(STATE_DIR, "state.json");
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

type Entry = { project: string; task: string; hours: Partial<Record<(typeof DAYS)[number], number>> };
type Sheet = { week: string; entries: Entry[] };

async function restrictToPortal(page: Page) {
  // Block any request that isn't to the portal (analytics, third-party widgets, etc.).
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    return url.origin === PORTAL || url.hostname.endsWith(".sso.intranet.example")
      ? route.continue()
      : route.abort();
  });
}

async function login() {
  mkdirSync(STATE_DIR, { recursive: true, mode: 0o700 });
  const browser = await chromium.launch({ headless: false });
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(PORTAL);
  console.log("Sign in in the browser window (SSO/MFA). Waiting for the dashboard...");
  await page.waitForURL(`${PORTAL}/dashboard**`, { timeout: 5 * 60_000 });
  await ctx.storageState({ path: STATE });
  chmodSync(STATE, 0o600);
  console.log(`Session saved to ${STATE} (mode 600).`);
  await browser.close();
}

function validate(sheet: Sheet) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(sheet.week)) throw new Error("week must be YYYY-MM-DD (Monday)");
  for (const e of sheet.entries) {
    for (const [d, h] of Object.entries(e.hours)) {
      if (!DAYS.includes(d as any)) throw new Error(`unknown day ${d}`);
      if (typeof h !== "number" || h < 0 || h > 24) throw new Error(`bad hours ${h} for ${e.project} ${d}`);
    }
  }
}

async function fill(file: string, submit: boolean) {
  if (!existsSync(STATE)) throw new Error("No session. Run: npx tsx src/fill.ts login");
  const sheet = parse(readFileSync(file, "utf8")) as Sheet;
  validate(sheet);

  const browser = await chromium.launch({ headless: true });
  const ctx = await browser.newContext({ storageState: STATE });
  const page = await ctx.newPage();
  await restrictToPortal(page);
  await page.goto(`${PORTAL}/timesheet?week=${sheet.week}`);
  if (page.url().includes("/login")) throw new Error("Session expired. Run login again.");

  for (const [i, e] of sheet.entries.entries()) {
    if (i > 0) await page.getByRole("button", { name: "Add row" }).click();
    const row = page.locator("table#timesheet tbody tr").nth(i);
    await row.getByLabel("Project").fill(e.project);
    await page.getByRole("option", { name: new RegExp(`^${e.project}\\b`) }).first().click();
    await row.getByLabel("Task").selectOption({ label: e.task });
    for (const d of DAYS) {
      const h = e.hours[d];
      if (h !== undefined) await row.getByLabel(d.toUpperCase()).fill(String(h));
    }
  }

  const total = sheet.entries.reduce((t, e) => t + Object.values(e.hours).reduce((a, b) => a + (b ?? 0), 0), 0);
  const shown = (await page.locator("#week-total").innerText()).trim();
  await page.screenshot({ path: "timesheet-preview.png", fullPage: true });
  console.log(`Week ${sheet.week}: file total ${total} h, portal shows ${shown}. Preview: timesheet-preview.png`);

  if (!submit) {
    await page.getByRole("button", { name: "Save draft" }).click();
    console.log("Saved as draft. Re-run with --submit after the user confirms.");
  } else {
    if (Number(shown.replace(/[^\d.]/g, "")) !== total) throw new Error("Totals differ; not submitting.");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await page.getByText("Submitted").waitFor();
    console.log("Submitted.");
  }
  await browser.close();
}

const [cmd, arg, flag] = process.argv.slice(2);
(async () => {
  if (cmd === "login") await login();
  else if (cmd === "logout") { rmSync(STATE, { force: true }); console.log("Session file removed."); }
  else if (cmd === "fill" && arg) await fill(arg, flag === "--submit");
  else { console.error("usage: fill.ts login | logout | fill hours.yaml [--submit]"); process.exit(2); }
})().catch((e) => { console.error(e.message); process.exit(1); });
