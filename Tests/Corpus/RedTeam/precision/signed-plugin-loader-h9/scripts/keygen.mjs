#!/usr/bin/env node
// Generate an Ed25519 signing key pair for a plugin author.
// The private key is written with mode 0600 and is never printed.
import { generateKeyPairSync } from "node:crypto";
import { mkdir, writeFile, access } from "node:fs/promises";
import path from "node:path";
import { fingerprint } from "./manifest.mjs";

const outIdx = process.argv.indexOf("--out");
if (outIdx === -1 || !process.argv[outIdx + 1]) {
  console.error("usage: keygen.mjs --out <directory>");
  process.exit(2);
}
const outDir = process.argv[outIdx + 1].replace(/^~(?=$|\/)/, process.env.HOME || "~");
const privPath = path.join(outDir, "signing.key");
const pubPath = path.join(outDir, "signing.pub");

try {
  await access(privPath);
  console.error(`${privPath} already exists; refusing to overwrite an existing key.`);
  process.exit(1);
} catch { /* does not exist: good */ }

const { publicKey, privateKey } = generateKeyPairSync("ed25519");
await mkdir(outDir, { recursive: true, mode: 0o700 });
await writeFile(privPath, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
await writeFile(pubPath, publicKey.export({ type: "spki", format: "pem" }), { mode: 0o644 });

console.log(`wrote ${pubPath}`);
console.log(`wrote ${privPath} (mode 600 - keep it private, do not commit it)`);
console.log(`fingerprint: ${fingerprint(publicKey)}`);
console.log("Send signing.pub (not signing.key) to the project owner to add to trusted-keys.json.");
