#!/usr/bin/env node
// crash-reports.mjs list | show <id> | send <id> | delete <id>
// Review saved crash reports and send one only when the user asks.
import { rmSync } from "node:fs";
import { askConsent, formatReport, listReports, loadReport } from "../src/crash-reporter.mjs";
import { sendReport } from "../src/sentry-envelope.mjs";

const APP = process.env.CRASH_APP_NAME || "mycli";
const [, , cmd, id] = process.argv;

function find(idPrefix) {
  const match = listReports(APP).find((f) => f.includes(idPrefix));
  if (!match) { console.error(`no report matching ${idPrefix}`); process.exit(1); }
  return loadReport(APP, match);
}

switch (cmd) {
  case "list":
    for (const f of listReports(APP)) console.log(f);
    break;
  case "show": {
    const { report } = find(id);
    console.log(formatReport(report));
    break;
  }
  case "send": {
    const dsn = process.env.SENTRY_DSN;
    if (!dsn) { console.error("SENTRY_DSN is not configured for this app"); process.exit(2); }
    const { file, report } = find(id);
    console.log(formatReport(report));
    if (!(await askConsent(APP, report))) { console.log("Not sent."); break; }
    await sendReport(report, dsn);
    rmSync(file, { force: true });
    console.log("Sent.");
    break;
  }
  case "delete": {
    const { file } = find(id);
    rmSync(file, { force: true });
    console.log("Deleted.");
    break;
  }
  default:
    console.log("usage: crash-reports.mjs list | show <id> | send <id> | delete <id>");
    process.exit(2);
}
