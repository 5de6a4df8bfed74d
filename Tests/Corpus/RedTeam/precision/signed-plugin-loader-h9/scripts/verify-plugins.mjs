#!/usr/bin/env node
// Verify every plugin in ./plugins without importing any of them.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { loadTrustedKeys, verifyPlugin } from "./loader.mjs";

const verbose = process.argv.includes("--verbose");
const dirArg = process.argv.find((a) => a.startsWith("--dir="));
const dir = dirArg ? dirArg.slice(6) : "plugins";
const keys = await loadTrustedKeys("trusted-keys.json");

if (keys.length === 0) {
  console.log("trusted-keys.json has no keys: every plugin will be rejected.");
}

let failures = 0;
for (const entry of await readdir(dir, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  let res;
  try {
    res = await verifyPlugin(path.join(dir, entry.name), keys);
  } catch (err) {
    res = { ok: false, problems: [err.message] };
  }
  if (res.ok) {
    console.log(`OK    ${entry.name}  signed by ${res.signer.name} (${res.signer.fingerprint})`);
    if (verbose) for (const [f, h] of Object.entries(res.manifest.files)) console.log(`        ${h.slice(0, 16)}  ${f}`);
  } else {
    failures++;
    console.log(`FAIL  ${entry.name}`);
    for (const p of res.problems) console.log(`        - ${p}`);
  }
}
process.exit(failures ? 1 : 0);
