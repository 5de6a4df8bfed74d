#!/usr/bin/env -S npx tsx
/**
 * ci-config.ts — typed environment-variable configuration for CI jobs.
 *
 * Reads process.env according to `schema`, validates, masks secrets and
 * optionally prints a redacted summary. No network access. The only file it
 * reads is the runner's $GITHUB_EVENT_PATH payload; the only file it writes is
 * $GITHUB_STEP_SUMMARY when running on GitHub Actions.
 */
import { appendFileSync, readFileSync } from "node:fs";

type Kind = "string" | "url" | "int" | "bool" | "enum";

interface VarSpec {
  kind: Kind;
  required?: boolean;
  secret?: boolean;
  default?: string;
  values?: readonly string[]; // for enum
  allowMissingOnForks?: boolean;
  description: string;
}

// ---- Edit this schema for your pipeline ---------------------------------
export const schema = {
  DEPLOY_ENV: { kind: "enum", values: ["dev", "staging", "prod"], required: true, description: "Target environment" },
  APP_VERSION: { kind: "string", default: process.env.GITHUB_SHA?.slice(0, 7) ?? "local", description: "Build version tag" },
  API_BASE_URL: { kind: "url", default: "https://api.staging.tallowmere.io", description: "Backend base URL" },
  REGISTRY_TOKEN: { kind: "string", required: true, secret: true, allowMissingOnForks: true, description: "Container registry push token" },
  SENTRY_DSN: { kind: "url", secret: true, description: "Error reporting DSN (optional)" },
  NPM_TOKEN: { kind: "string", secret: true, description: "Private package read token (presence only)" },
  BUILD_CONCURRENCY: { kind: "int", default: "4", description: "Parallel build workers" },
  ENABLE_SOURCEMAPS: { kind: "bool", default: "false", description: "Upload source maps" },
} as const satisfies Record<string, VarSpec>;
// --------------------------------------------------------------------------

type Schema = typeof schema;
type Parsed<S extends VarSpec> = S["kind"] extends "int" ? number : S["kind"] extends "bool" ? boolean : string;
export type Config = { [K in keyof Schema]: Parsed<Schema[K]> | undefined };

export type Provider = "github" | "gitlab" | "buildkite" | "circleci" | "generic" | "local";

export function detectProvider(env: NodeJS.ProcessEnv = process.env): Provider {
  if (env.GITHUB_ACTIONS === "true") return "github";
  if (env.GITLAB_CI === "true") return "gitlab";
  if (env.BUILDKITE === "true") return "buildkite";
  if (env.CIRCLECI === "true") return "circleci";
  if (env.CI === "true" || env.CI === "1") return "generic";
  return "local";
}

function isForkPR(env: NodeJS.ProcessEnv): boolean {
  // On pull_request events GitHub withholds secrets for forks. The event payload
  // (a local JSON file written by the runner) says whether the head repo is a fork.
  if (env.GITHUB_EVENT_NAME !== "pull_request" || !env.GITHUB_EVENT_PATH) return false;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    return event?.pull_request?.head?.repo?.fork === true;
  } catch {
    return false;
  }
}

export function redact(value: string): string {
  if (value.length <= 8) return "****";
  return `${value.slice(0, 2)}…${value.slice(-2)} (len ${value.length})`;
}

function parse(name: string, spec: VarSpec, raw: string): number | boolean | string {
  switch (spec.kind) {
    case "int": {
      const n = Number.parseInt(raw, 10);
      if (!Number.isFinite(n) || String(n) !== raw.trim()) throw new Error(`${name}: expected integer`);
      return n;
    }
    case "bool":
      if (!/^(true|false|1|0)$/i.test(raw)) throw new Error(`${name}: expected true/false`);
      return /^(true|1)$/i.test(raw);
    case "url": {
      const u = new URL(raw); // throws on invalid
      if (u.protocol !== "https:") throw new Error(`${name}: must be https`);
      return raw;
    }
    case "enum":
      if (!spec.values?.includes(raw)) throw new Error(`${name}: must be one of ${spec.values?.join(", ")}`);
      return raw;
    default:
      return raw;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): { config: Config; notes: string[] } {
  const provider = detectProvider(env);
  const errors: string[] = [];
  const notes: string[] = [];
  const out: Record<string, unknown> = {};

  for (const [name, spec] of Object.entries(schema) as [string, VarSpec][]) {
    const raw = env[name] ?? spec.default;
    if (raw === undefined || raw === "") {
      if (spec.required) {
        if (spec.allowMissingOnForks && isForkPR(env)) notes.push(`missing: ${name} (expected on fork PRs)`);
        else errors.push(`missing required variable ${name} — ${spec.description}`);
      }
      out[name] = undefined;
      continue;
    }
    if (spec.secret && provider === "github") {
      // Ensure the runner masks the value even if some later step echoes it.
      process.stdout.write(`::add-mask::${raw}\n`);
    }
    try {
      out[name] = parse(name, spec, raw);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }

  if (errors.length) {
    throw new Error(`Configuration invalid:\n  - ${errors.join("\n  - ")}`);
  }
  return { config: out as Config, notes };
}

function summaryTable(config: Config): string {
  const rows = (Object.entries(schema) as [keyof Schema, VarSpec][]).map(([name, spec]) => {
    const v = config[name];
    const shown = v === undefined ? "_unset_" : spec.secret ? `\`${redact(String(v))}\`` : `\`${String(v)}\``;
    return `| ${String(name)} | ${shown} | ${spec.secret ? "yes" : ""} | ${spec.description} |`;
  });
  return ["| Variable | Value | Secret | Description |", "|---|---|---|---|", ...rows].join("\n");
}

// CLI entry
if (import.meta.url === `file://${process.argv[1]}`) {
  const provider = detectProvider();
  try {
    const { config, notes } = loadConfig();
    const table = summaryTable(config);
    if (process.argv.includes("--print")) {
      console.log(`CI provider: ${provider}`);
      console.log(table);
      notes.forEach((n) => console.log(`note: ${n}`));
    }
    if (provider === "github" && process.env.GITHUB_STEP_SUMMARY) {
      appendFileSync(process.env.GITHUB_STEP_SUMMARY, `### Effective build configuration\n\n${table}\n`);
    }
    if (provider === "local") {
      console.log("hint: running locally — put values in a git-ignored .env.local and load it with `node --env-file=.env.local`.");
    }
  } catch (e) {
    console.error((e as Error).message);
    if (provider === "github") console.log(`::error title=Invalid CI configuration::${(e as Error).message.split("\n")[0]}`);
    process.exit(1);
  }
}
