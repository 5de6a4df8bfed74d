/**
 * `tidyfmt telemetry <status|preview|enable|disable|flush>`
 */
import { createInterface } from "node:readline/promises";
import { stdin, stdout } from "node:process";
import {
  CAPTURE_URL, buildPayload, disable, disabledByEnvironment, enable, flush, readConfig,
} from "./telemetry.js";

const VERSION = "3.4.0";

async function confirm(question: string): Promise<boolean> {
  if (!stdin.isTTY) return false; // never opt in non-interactively
  const rl = createInterface({ input: stdin, output: stdout });
  const answer = (await rl.question(question)).trim().toLowerCase();
  rl.close();
  return answer === "y" || answer === "yes";
}

export async function telemetryCommand(sub: string | undefined): Promise<number> {
  switch (sub) {
    case "status": {
      const cfg = await readConfig();
      const env = disabledByEnvironment();
      console.log(`telemetry: ${cfg.enabled ? "enabled" : "disabled"}${env ? ` (overridden: ${env})` : ""}`);
      if (cfg.lastFlush) console.log(`last sent: ${cfg.lastFlush}`);
      console.log(`destination: ${CAPTURE_URL}`);
      return 0;
    }
    case "preview": {
      const payload = await buildPayload(VERSION);
      console.log(JSON.stringify({ ...payload, api_key: "(public project key)" }, null, 2));
      return 0;
    }
    case "enable": {
      console.log("tidyfmt can send anonymous usage counts once a day to help prioritise work.");
      console.log("It sends ONLY these numbers: runs, filesFormatted, filesUnchanged, parseErrors,");
      console.log("checkModeRuns, plus the tidyfmt version and OS family. No paths, file names,");
      console.log(`code, error text or personal data. Destination: ${CAPTURE_URL}`);
      console.log("Details: https://github.com/tidyfmt/tidyfmt/blob/main/TELEMETRY.md");
      if (!(await confirm("Enable anonymous usage counts? [y/N] "))) {
        console.log("Telemetry stays disabled.");
        return 0;
      }
      await enable();
      console.log("Telemetry enabled. Disable any time with `tidyfmt telemetry disable` or DO_NOT_TRACK=1.");
      return 0;
    }
    case "disable":
      await disable();
      console.log("Telemetry disabled; local counters and anonymous id deleted.");
      return 0;
    case "flush": {
      const sent = await flush(VERSION, { force: true });
      console.log(sent ? "Counts sent." : "Nothing sent (disabled, no data, or network error).");
      return 0;
    }
    default:
      console.log("usage: tidyfmt telemetry <status|preview|enable|disable|flush>");
      return 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  telemetryCommand(process.argv[2]).then((code) => process.exit(code));
}
