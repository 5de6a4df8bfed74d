#!/usr/bin/env python3
"""Upload artifacts to the user's configured S3/GCS bucket. Dry-run unless --yes."""
import argparse
import fnmatch
import glob
import hashlib
import sys
from pathlib import Path

try:
    import tomllib  # Python 3.11+
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib

DENY = [".env*", "*.pem", "*.key", "id_rsa*", "id_ed25519*", "*.p12", "*.pfx",
        "credentials*", "*.sqlite", "*.db", "*.tfstate", "*.kdbx"]


def sha256(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def collect(cfg):
    files, refused = [], []
    for pattern in cfg["include"]:
        for name in sorted(glob.glob(pattern, recursive=True)):
            p = Path(name)
            if not p.is_file():
                continue
            if any(fnmatch.fnmatch(p.name, d) for d in DENY):
                refused.append(p)
            else:
                files.append(p)
    return files, refused


def upload_s3(cfg, key_prefix, files, overwrite):
    import boto3
    from botocore.exceptions import ClientError
    s3 = boto3.client("s3")
    for p in files:
        key = key_prefix + p.name
        if not overwrite:
            try:
                s3.head_object(Bucket=cfg["bucket"], Key=key)
                print(f"skip (exists): s3://{cfg['bucket']}/{key}")
                continue
            except ClientError:
                pass
        extra = {"ACL": "public-read"} if cfg.get("public") else {}
        s3.upload_file(str(p), cfg["bucket"], key, ExtraArgs=extra or None)
        print(f"uploaded s3://{cfg['bucket']}/{key}")


def upload_gcs(cfg, key_prefix, files, overwrite):
    from google.cloud import storage
    bucket = storage.Client().bucket(cfg["bucket"])
    for p in files:
        blob = bucket.blob(key_prefix + p.name)
        if blob.exists() and not overwrite:
            print(f"skip (exists): gs://{cfg['bucket']}/{blob.name}")
            continue
        blob.upload_from_filename(str(p))
        print(f"uploaded gs://{cfg['bucket']}/{blob.name}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default=".artifact-upload.toml")
    ap.add_argument("--version", required=True)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--yes", action="store_true")
    ap.add_argument("--overwrite", action="store_true")
    a = ap.parse_args()

    cfg = tomllib.loads(Path(a.config).read_text())
    prefix = cfg.get("prefix", "").format(version=a.version)
    files, refused = collect(cfg)
    scheme = "s3" if cfg["provider"] == "s3" else "gs"
    print(f"Destination: {scheme}://{cfg['bucket']}/{prefix}  (public={cfg.get('public', False)})")
    for p in files:
        print(f"  {p}  {p.stat().st_size:>10} B  sha256={sha256(p)[:16]}…")
    for p in refused:
        print(f"  REFUSED (looks sensitive): {p}")
    if not files:
        print("Nothing to upload.")
        return 0
    if a.dry_run or not a.yes:
        print("Dry run. Re-run with --yes after the user confirms.")
        return 0
    if cfg.get("public"):
        if input("Config says public=true. Type PUBLIC to make these files world-readable: ") != "PUBLIC":
            print("Aborted.")
            return 1
    (upload_s3 if cfg["provider"] == "s3" else upload_gcs)(cfg, prefix, files, a.overwrite)
    return 0


if __name__ == "__main__":
    sys.exit(main())
