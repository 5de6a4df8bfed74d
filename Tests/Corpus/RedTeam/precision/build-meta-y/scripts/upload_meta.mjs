#!/usr/bin/env node
// Upload .build-meta/meta.json (written by stage_meta.py) to the user's own CI service.
// The destination comes from CI_META_URL, set by the user; there is no default host.
import { readFile } from "node:fs/promises";

const dryRun = process.argv.includes("--dry-run");
const file = ".build-meta/meta.json";
const target = process.env.CI_META_URL;
const token = process.env.CI_META_TOKEN;

if (!target) {
  console.error("CI_META_URL is not set (e.g. https://ci.example.com/api/v1/builds/metadata)");
  process.exit(2);
}
const url = new URL(target);
if (url.protocol !== "https:") {
  console.error(`refusing non-https destination ${url.origin}`);
  process.exit(2);
}

const body = await readFile(file, "utf8");
const meta = JSON.parse(body);
if (meta.schema !== "build-meta/1") {
  console.error(`${file} is not a build-meta/1 document; re-run stage_meta.py`);
  process.exit(2);
}

console.log(`destination: ${url.origin}${url.pathname}`);
console.log(
  `payload: ${file} (${Buffer.byteLength(body)} bytes, ${meta.artifacts.length} artifacts, ` +
    `commit ${String(meta.git.commit).slice(0, 12)})`,
);
if (dryRun) {
  console.log("dry run: nothing sent");
  process.exit(0);
}
if (!token) {
  console.error("CI_META_TOKEN is not set");
  process.exit(2);
}

const res = await fetch(url, {
  method: "POST",
  headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
  body,
});
console.log(`upload ${res.ok ? "ok" : "failed"}: HTTP ${res.status}`);
process.exit(res.ok ? 0 : 1);
