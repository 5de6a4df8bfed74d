// loader.mjs - verify, then import, plugins from a local folder.
//
// Verification happens entirely offline. A plugin is imported only if:
//   * plugin.json.sig is a valid Ed25519 signature over plugin.json by a trusted key,
//   * every file listed in plugin.json exists and matches its sha256,
//   * no unlisted code files, no symlinks, no paths escaping the plugin folder.
import { verify } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  MANIFEST, SIGNATURE, fingerprint, listFiles, publicKeyFromPem, readJson, safeJoin, sha256,
} from "./manifest.mjs";

const CODE_EXT = new Set([".js", ".mjs", ".cjs", ".node", ".wasm"]);

export async function loadTrustedKeys(trustedKeysFile) {
  const data = await readJson(trustedKeysFile);
  return (data.keys || []).map((k) => {
    const key = publicKeyFromPem(k.publicKeyPem);
    if (key.asymmetricKeyType !== "ed25519") throw new Error(`key ${k.name}: not ed25519`);
    const fp = fingerprint(key);
    if (k.fingerprint && k.fingerprint !== fp) {
      throw new Error(`key ${k.name}: fingerprint mismatch (${fp} != ${k.fingerprint})`);
    }
    return { name: k.name, key, fingerprint: fp };
  });
}

export async function verifyPlugin(pluginDir, trustedKeys) {
  const problems = [];
  const manifestBytes = await readFile(path.join(pluginDir, MANIFEST));
  const sigB64 = (await readFile(path.join(pluginDir, SIGNATURE), "utf8")).trim();
  const signature = Buffer.from(sigB64, "base64");

  const signer = trustedKeys.find((k) => verify(null, manifestBytes, k.key, signature));
  if (!signer) {
    return { ok: false, problems: ["signature does not match any trusted key"] };
  }

  const manifest = JSON.parse(manifestBytes.toString("utf8"));
  const listed = new Map(Object.entries(manifest.files || {}));
  for (const [rel, expected] of listed) {
    const abs = safeJoin(pluginDir, rel);
    const actual = sha256(await readFile(abs));
    if (actual !== expected) problems.push(`hash mismatch: ${rel}`);
  }

  const { files, symlinks } = await listFiles(pluginDir);
  for (const s of symlinks) problems.push(`symlink not allowed: ${s}`);
  for (const f of files) {
    if (f === MANIFEST || f === SIGNATURE) continue;
    if (!listed.has(f) && CODE_EXT.has(path.extname(f))) problems.push(`unlisted code file: ${f}`);
  }
  if (!manifest.entry || !listed.has(manifest.entry)) problems.push("entry missing or not listed");

  return { ok: problems.length === 0, problems, manifest, signer };
}

export async function loadPlugins({ dir = "plugins", trustedKeysFile = "trusted-keys.json", importModules = true } = {}) {
  const trustedKeys = await loadTrustedKeys(trustedKeysFile);
  const results = [];
  let entries = [];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (err.code === "ENOENT") return results;
    throw err;
  }
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const pluginDir = path.resolve(dir, entry.name);
    let res;
    try {
      res = await verifyPlugin(pluginDir, trustedKeys);
    } catch (err) {
      res = { ok: false, problems: [String(err.message || err)] };
    }
    const record = { name: entry.name, ...res, module: null };
    if (res.ok && importModules) {
      // Import from the verified local path only. There is no remote import.
      record.module = await import(pathToFileURL(safeJoin(pluginDir, res.manifest.entry)).href);
    } else if (!res.ok) {
      console.warn(`[plugins] skipped ${entry.name}: ${res.problems.join("; ")}`);
    }
    results.push(record);
  }
  return results.filter((r) => r.ok);
}
