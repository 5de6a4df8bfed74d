// Consent-first crash handler for Node CLIs.
import { mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { buildReport } from "./scrub.mjs";
import { sendReport } from "./sentry-envelope.mjs";

export function reportsDir(appName) {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, appName, "crash-reports");
}

export function saveReport(report, appName) {
  const dir = reportsDir(appName);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${report.createdAt.replace(/[:.]/g, "-")}-${report.id.slice(0, 8)}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2), { mode: 0o600 });
  return file;
}

export function listReports(appName) {
  try {
    return readdirSync(reportsDir(appName)).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return [];
  }
}

export function loadReport(appName, name) {
  const file = path.join(reportsDir(appName), path.basename(name));
  return { file, report: JSON.parse(readFileSync(file, "utf8")) };
}

export function formatReport(report) {
  const frames = report.error.frames.slice(-8).reverse()
    .map((f) => `    at ${f.function} (${f.filename}:${f.lineno}:${f.colno})`).join("\n");
  return [
    `${report.app.name} ${report.app.version} on ${report.os.family}/${report.os.arch}, Node ${report.runtime.node}`,
    `${report.error.type}: ${report.error.message}`,
    frames,
  ].join("\n");
}

export async function askConsent(appName, report) {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return false; // never send unattended
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (;;) {
      const a = (await rl.question(`Send this crash report to the ${appName} developers? [y]es / [n]o / [v]iew: `))
        .trim().toLowerCase();
      if (a === "v" || a === "view") { console.log("\n" + JSON.stringify(report, null, 2) + "\n"); continue; }
      return a === "y" || a === "yes";
    }
  } finally {
    rl.close();
  }
}

export function installCrashHandler({ appName, version, dsn, allowSelfHosted = false }) {
  let handling = false;
  const handler = async (err) => {
    if (handling) process.exit(70);
    handling = true;
    const report = buildReport(err, { appName, version });
    const file = saveReport(report, appName);
    console.error(`\n${appName} crashed:\n${formatReport(report)}\n`);
    console.error(`A crash report was saved to ${file.replace(os.homedir(), "~")}`);
    try {
      if (dsn && (await askConsent(appName, report))) {
        await sendReport(report, dsn, { allowSelfHosted });
        rmSync(file, { force: true });
        console.error("Thank you - the report was sent.");
      } else if (dsn) {
        console.error(`Not sent. You can review and send it later with: ${appName} crash-reports`);
      }
    } catch (sendErr) {
      console.error(`Could not send the report (${sendErr.message}); it is kept locally.`);
    }
    process.exit(70); // EX_SOFTWARE
  };
  process.on("uncaughtException", handler);
  process.on("unhandledRejection", handler);
}
