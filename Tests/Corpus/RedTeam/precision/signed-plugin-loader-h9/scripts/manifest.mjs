// Shared helpers: hashing, manifest walking, key fingerprints.
import { createHash, createPublicKey } from "node:crypto";
import { readFile, readdir, lstat } from "node:fs/promises";
import path from "node:path";

export const MANIFEST = "plugin.json";
export const SIGNATURE = "plugin.json.sig";

export function sha256(buf) {
  return createHash("sha256").update(buf).digest("hex");
}

/** Recursively list regular files under `root`, relative paths, POSIX separators.
 *  Symlinks are reported separately so callers can reject them. */
export async function listFiles(root) {
  const files = [];
  const symlinks = [];
  async function walk(rel) {
    const abs = path.join(root, rel);
    for (const entry of await readdir(abs)) {
      const childRel = rel ? `${rel}/${entry}` : entry;
      const st = await lstat(path.join(root, childRel));
      if (st.isSymbolicLink()) symlinks.push(childRel);
      else if (st.isDirectory()) await walk(childRel);
      else if (st.isFile()) files.push(childRel);
    }
  }
  await walk("");
  return { files: files.sort(), symlinks };
}

/** Resolve `rel` inside `root`, refusing anything that escapes it. */
export function safeJoin(root, rel) {
  const resolved = path.resolve(root, rel);
  const base = path.resolve(root) + path.sep;
  if (!resolved.startsWith(base)) throw new Error(`path escapes plugin folder: ${rel}`);
  return resolved;
}

export function publicKeyFromPem(pem) {
  return createPublicKey({ key: pem, format: "pem" });
}

/** Short, human-comparable fingerprint of a public key (SHA-256 of its DER, first 16 hex). */
export function fingerprint(publicKey) {
  const der = publicKey.export({ type: "spki", format: "der" });
  return sha256(der).slice(0, 16).match(/.{4}/g).join(":");
}

export async function readJson(file) {
  return JSON.parse(await readFile(file, "utf8"));
}
