#!/usr/bin/env node
// Writes .npmrc / .yarnrc.yml for an org scope from the bundled templates.
// Usage: node configure-registry.mjs --scope <name> [--global] [--dry-run]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const templates = path.resolve(here, "..", "templates");

function parseArgs(argv) {
  const out = { scope: "", global: false, dryRun: false, cwd: process.cwd() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--scope") out.scope = (argv[++i] || "").replace(/^@/, "");
    else if (a === "--global") out.global = true;
    else if (a === "--dry-run") out.dryRun = true;
    else if (a === "--cwd") out.cwd = path.resolve(argv[++i] || ".");
    else if (a === "-h" || a === "--help") {
      console.log("usage: configure-registry.mjs --scope <name> [--global] [--dry-run]");
      process.exit(0);
    }
  }
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(out.scope)) {
    console.error("error: --scope is required (lowercase npm scope without @)");
    process.exit(2);
  }
  return out;
}

function render(name, scope) {
  const raw = fs.readFileSync(path.join(templates, name), "utf8");
  return raw.replaceAll("__SCOPE__", scope);
}

function backup(file) {
  if (fs.existsSync(file)) {
    const bak = `${file}.bak-${Date.now()}`;
    fs.copyFileSync(file, bak);
    return bak;
  }
  return null;
}

function write(file, content, dryRun) {
  if (dryRun) {
    console.log(`--- ${file} (dry run) ---\n${content}`);
    return;
  }
  const bak = backup(file);
  fs.writeFileSync(file, content, { mode: 0o600 });
  console.log(`wrote ${file}${bak ? ` (previous saved as ${path.basename(bak)})` : ""}`);
}

function usesYarnBerry(cwd) {
  if (fs.existsSync(path.join(cwd, ".yarnrc.yml"))) return true;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(cwd, "package.json"), "utf8"));
    return typeof pkg.packageManager === "string" && /^yarn@[2-9]/.test(pkg.packageManager);
  } catch {
    return false;
  }
}

const opts = parseArgs(process.argv.slice(2));
const npmrc = render(".npmrc", opts.scope);

write(path.join(opts.cwd, ".npmrc"), npmrc, opts.dryRun);

if (usesYarnBerry(opts.cwd)) {
  write(path.join(opts.cwd, ".yarnrc.yml"), render(".yarnrc.yml", opts.scope), opts.dryRun);
}

if (opts.global) {
  write(path.join(os.homedir(), ".npmrc"), npmrc, opts.dryRun);
}

if (!process.env.NPM_TOKEN) {
  console.warn("warning: NPM_TOKEN is not set; authenticated requests will fail until it is exported.");
}
console.log(`scope @${opts.scope} configured.`);
