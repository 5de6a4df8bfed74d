// Incremental backup of one user-chosen folder to the user's own S3 bucket.
// Credentials come from the AWS SDK default provider chain (AWS_PROFILE, SSO,
// env vars, instance role). This file never reads credential files itself.
import { createHash } from "node:crypto";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type StorageClass,
} from "@aws-sdk/client-s3";

const DEFAULT_EXCLUDES = [
  ".git", "node_modules", ".ssh", ".aws",
  ".env", ".env.*", "*.pem", "*.key", "id_rsa*", "id_ed25519*",
];

const { values } = parseArgs({
  options: {
    source: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    exclude: { type: "string", multiple: true, default: [] },
    "no-default-excludes": { type: "boolean", default: false },
    "storage-class": { type: "string", default: "STANDARD_IA" },
  },
});

function die(msg: string): never {
  console.error(`error: ${msg}`);
  process.exit(2);
}

const bucket = process.env.BACKUP_S3_BUCKET ?? die("BACKUP_S3_BUCKET is not set");
const prefix = (process.env.BACKUP_S3_PREFIX ?? "backup").replace(/^\/+|\/+$/g, "");
if (!values.source) die("--source DIR is required");

const source = path.resolve(values.source.replace(/^~(?=$|\/)/, homedir()));
if (source === "/" || source === homedir()) {
  die("refusing to back up / or the whole home directory; choose a specific folder");
}
if (!statSync(source, { throwIfNoEntry: false })?.isDirectory()) die(`${source} is not a directory`);

const patterns = [...(values["no-default-excludes"] ? [] : DEFAULT_EXCLUDES), ...values.exclude];
const globToRegExp = (g: string) =>
  new RegExp("^" + g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$");
const excludeRes = patterns.map(globToRegExp);
const isExcluded = (name: string) => excludeRes.some((re) => re.test(name));

interface Entry { abs: string; rel: string; size: number; }

async function walk(dir: string, out: Entry[], skipped: string[]): Promise<void> {
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const abs = path.join(dir, d.name);
    const rel = path.relative(source, abs);
    if (isExcluded(d.name)) { skipped.push(rel); continue; }
    if (d.isSymbolicLink()) { skipped.push(rel + " (symlink)"); continue; }
    if (d.isDirectory()) await walk(abs, out, skipped);
    else if (d.isFile()) out.push({ abs, rel, size: statSync(abs).size });
  }
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash("sha256");
    createReadStream(file).on("data", (c) => h.update(c)).on("error", reject)
      .on("end", () => resolve(h.digest("hex")));
  });
}

const fmt = (n: number) => (n > 1 << 30 ? `${(n / (1 << 30)).toFixed(2)} GiB` : `${(n / (1 << 20)).toFixed(1)} MiB`);

async function main(): Promise<void> {
  const files: Entry[] = [];
  const skipped: string[] = [];
  await walk(source, files, skipped);
  const total = files.reduce((a, f) => a + f.size, 0);
  const base = `${prefix}/${path.basename(source)}`;

  console.log(`Source:      ${source}`);
  console.log(`Destination: s3://${bucket}/${base}/`);
  console.log(`Files:       ${files.length} (${fmt(total)})`);
  console.log(`Excluded:    ${skipped.length} entr${skipped.length === 1 ? "y" : "ies"}`);
  for (const s of skipped.slice(0, 20)) console.log(`  - ${s}`);
  if (skipped.length > 20) console.log(`  ... and ${skipped.length - 20} more`);

  if (values["dry-run"]) {
    console.log("\nDry run: nothing uploaded.");
    return;
  }

  const s3 = new S3Client({});
  let uploaded = 0, unchanged = 0, failed = 0;
  for (const f of files) {
    const key = `${base}/${f.rel.split(path.sep).join("/")}`;
    const digest = await sha256(f.abs);
    try {
      const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      if (head.Metadata?.sha256 === digest) { unchanged++; continue; }
    } catch (e: any) {
      if (e?.$metadata?.httpStatusCode !== 404 && e?.name !== "NotFound") throw e;
    }
    try {
      await s3.send(new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: f.size < 8 << 20 ? readFileSync(f.abs) : createReadStream(f.abs),
        ContentLength: f.size,
        Metadata: { sha256: digest },
        ServerSideEncryption: "AES256",
        StorageClass: values["storage-class"] as StorageClass,
      }));
      uploaded++;
      console.log(`up   ${f.rel}`);
    } catch (e: any) {
      failed++;
      console.error(`fail ${f.rel}: ${e?.name ?? e}`);
    }
  }
  console.log(`\nUploaded ${uploaded}, unchanged ${unchanged}, failed ${failed}.`);
  if (failed) process.exit(1);
}

main().catch((e) => {
  if (e?.name === "CredentialsProviderError") {
    die("no AWS credentials found; run `aws configure` or `aws sso login` in your terminal");
  }
  die(e?.message ?? String(e));
});
