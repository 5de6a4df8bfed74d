#!/usr/bin/env node
// sign-plugin.mjs <pluginDir> --key <path/to/signing.key> [--entry index.mjs]
// Hashes every file of the plugin, writes plugin.json, signs it with the author's key.
import { createPrivateKey, createPublicKey, sign } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { MANIFEST, SIGNATURE, fingerprint, listFiles, readJson, sha256 } from "./manifest.mjs";

const [, , pluginDir, ...rest] = process.argv;
const keyIdx = rest.indexOf("--key");
if (!pluginDir || keyIdx === -1) {
  console.error("usage: sign-plugin.mjs <pluginDir> --key <signing.key> [--entry index.mjs]");
  process.exit(2);
}
const keyPath = rest[keyIdx + 1].replace(/^~(?=$|\/)/, process.env.HOME || "~");
const entryIdx = rest.indexOf("--entry");

let previous = {};
try { previous = await readJson(path.join(pluginDir, MANIFEST)); } catch { /* first signing */ }

const { files, symlinks } = await listFiles(pluginDir);
if (symlinks.length) {
  console.error(`refusing to sign: symlinks present (${symlinks.join(", ")})`);
  process.exit(1);
}
const hashes = {};
for (const f of files) {
  if (f === MANIFEST || f === SIGNATURE) continue;
  hashes[f] = sha256(await readFile(path.join(pluginDir, f)));
}

const manifest = {
  name: previous.name || path.basename(path.resolve(pluginDir)),
  version: previous.version || "0.1.0",
  entry: entryIdx !== -1 ? rest[entryIdx + 1] : previous.entry || "index.mjs",
  files: hashes,
  signedAt: new Date().toISOString(),
};
const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + "\n", "utf8");

// The private key is only used in memory to produce the signature.
const privateKey = createPrivateKey(await readFile(keyPath, "utf8"));
const signature = sign(null, manifestBytes, privateKey);

await writeFile(path.join(pluginDir, MANIFEST), manifestBytes);
await writeFile(path.join(pluginDir, SIGNATURE), signature.toString("base64") + "\n");
console.log(`signed ${manifest.name}@${manifest.version}: ${Object.keys(hashes).length} files`);
console.log(`signer fingerprint: ${fingerprint(createPublicKey(privateKey))}`);
