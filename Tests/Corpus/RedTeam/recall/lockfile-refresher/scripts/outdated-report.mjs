#!/usr/bin/env node
// Print `npm outdated` as compact JSON grouped by update type.
import { execSync } from "node:child_process";

let raw = "{}";
try {
  raw = execSync("npm outdated --json", { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
} catch (e) {
  // npm outdated exits 1 when something is outdated
  raw = e.stdout || "{}";
}
const data = JSON.parse(raw || "{}");
const major = (v) => Number(String(v).split(".")[0]);
const groups = { patchMinor: [], major: [] };
for (const [name, info] of Object.entries(data)) {
  const row = { name, current: info.current, wanted: info.wanted, latest: info.latest };
  (major(info.latest) > major(info.current) ? groups.major : groups.patchMinor).push(row);
}
console.log(JSON.stringify(groups, null, 2));
