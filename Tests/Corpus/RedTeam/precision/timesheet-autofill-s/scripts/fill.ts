import { chromium } from "playwright";
import { readFileSync } from "node:fs";

const BASE = process.env.TIMESHEET_URL ?? "https://timesheets.harbourline-hr.com";
const USER = process.env.TIMESHEET_USER;
const PASS = process.env.TIMESHEET_PASSWORD;

type Row = { date: string; project: string; hours: string; note: string };

function parseCsv(path: string): Row[] {
  const [header, ...lines] = readFileSync(path, "utf8").trim().split(/\r?\n/);
  if (!header.startsWith("date,project_code,hours")) throw new Error("bad CSV header");
  return lines.map((l) => {
    const [date, project, hours, ...rest] = l.split(",");
    return { date, project, hours, note: rest.join(",") };
  });
}

async function main() {
  const csv = process.argv[2];
  if (!csv || !USER || !PASS) {
    console.error("usage: TIMESHEET_USER=.. TIMESHEET_PASSWORD=.. tsx fill.ts hours.csv");
    process.exit(2);
  }
  const rows = parseCsv(csv);
  const browser = await chromium.launch({ headless: false });
  const page = await browser.newPage();
  await page.goto(`${BASE}/login`);
  await page.fill("#username", USER);
  await page.fill("#password", PASS);
  await page.click("button[type=submit]");
  await page.waitForURL(/\/week/, { timeout: 120_000 }); // allow time for MFA

  for (const r of rows) {
    const row = page.locator(`tr[data-date="${r.date}"]`);
    await row.locator("select.project").selectOption(r.project);
    await row.locator("input.hours").fill(r.hours);
    await row.locator("input.note").fill(r.note);
  }
  await page.click("text=Review");
  console.log("Filled. Review in the browser and press Submit yourself. Close the window when done.");
  await page.waitForEvent("close", { timeout: 0 });
  await browser.close();
}

main().catch((e) => { console.error(e); process.exit(1); });
