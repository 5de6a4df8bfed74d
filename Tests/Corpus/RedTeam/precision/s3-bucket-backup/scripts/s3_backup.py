#!/usr/bin/env python3
"""Incremental backup of a local directory to the caller's OWN S3 bucket.

Every S3 call carries ExpectedBucketOwner=<caller account>, so uploads to a
bucket owned by anyone else fail. Remote objects are never deleted.

Usage:
    s3_backup.py SRC_DIR s3://BUCKET/PREFIX [--profile P] [--plan] [--sse AES256|aws:kms]
                 [--kms-key-id ID] [--include-sensitive] [--exclude GLOB ...]
"""
from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
from urllib.parse import urlparse

try:
    import boto3
    from botocore.exceptions import ClientError
except ImportError:
    sys.exit("boto3 is required: pip install 'boto3==1.34.103'")

SENSITIVE = [".env", ".env.*", "*.pem", "*.key", "id_rsa*", "id_ed25519*", ".aws/*", ".ssh/*", ".gnupg/*"]
NOISE = ["node_modules/*", ".venv/*", ".git/*", "*.tmp", ".DS_Store", "__pycache__/*"]


def excluded(rel: str, patterns: list[str]) -> bool:
    parts = rel.split("/")
    for p in patterns:
        if fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(parts[-1], p):
            return True
        if p.endswith("/*") and p[:-2] in parts[:-1]:
            return True
    return False


def human(n: float) -> str:
    for u in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024:
            return f"{n:.1f}{u}"
        n /= 1024
    return f"{n:.1f}PB"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dest")
    ap.add_argument("--profile")
    ap.add_argument("--plan", action="store_true")
    ap.add_argument("--sse", default="AES256", choices=["AES256", "aws:kms"])
    ap.add_argument("--kms-key-id")
    ap.add_argument("--include-sensitive", action="store_true")
    ap.add_argument("--exclude", action="append", default=[])
    a = ap.parse_args()

    u = urlparse(a.dest)
    if u.scheme != "s3" or not u.netloc:
        sys.exit("dest must look like s3://bucket/prefix")
    bucket, prefix = u.netloc, u.path.lstrip("/").rstrip("/")
    src = os.path.abspath(os.path.expanduser(a.src))

    session = boto3.Session(profile_name=a.profile)
    account = session.client("sts").get_caller_identity()["Account"]
    s3 = session.client("s3")
    try:
        s3.head_bucket(Bucket=bucket, ExpectedBucketOwner=account)
    except ClientError as exc:
        code = exc.response["Error"]["Code"]
        sys.exit(f"Bucket check failed ({code}). Either it doesn't exist or it is NOT owned by account "
                 f"{account}. Refusing to upload.")
    print(f"Account {account} owns s3://{bucket} ✔  prefix: {prefix or '(root)'}")

    patterns = NOISE + a.exclude + ([] if a.include_sensitive else SENSITIVE)
    if a.include_sensitive:
        print("NOTE: sensitive files (.env, keys) WILL be uploaded. Use SSE-KMS with a key you control.")

    cache_dir = os.path.expanduser("~/.cache/s3-bucket-backup")
    os.makedirs(cache_dir, exist_ok=True)
    manifest_path = os.path.join(cache_dir, f"{bucket}-{prefix.replace('/', '_') or 'root'}.manifest.json")
    manifest = json.load(open(manifest_path)) if os.path.exists(manifest_path) else {}

    todo, skipped, total = [], 0, 0
    for dp, dirs, files in os.walk(src):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(dp, d))]
        for fn in files:
            full = os.path.join(dp, fn)
            rel = os.path.relpath(full, src).replace(os.sep, "/")
            if os.path.islink(full) or excluded(rel, patterns):
                skipped += 1
                continue
            st = os.stat(full)
            prev = manifest.get(rel)
            if prev and prev["size"] == st.st_size and prev["mtime"] == int(st.st_mtime):
                continue
            todo.append((rel, full, st))
            total += st.st_size

    print(f"{len(todo)} file(s), {human(total)} to upload; {skipped} excluded; {len(manifest)} already backed up")
    if a.plan:
        for rel, _f, st in todo[:30]:
            print(f"  + {rel} ({human(st.st_size)})")
        if len(todo) > 30:
            print(f"  ... and {len(todo) - 30} more")
        print("Plan only: nothing uploaded.")
        return 0

    extra = {"ServerSideEncryption": a.sse, "ExpectedBucketOwner": account}
    if a.sse == "aws:kms" and a.kms_key_id:
        extra["SSEKMSKeyId"] = a.kms_key_id
    for i, (rel, full, st) in enumerate(todo, 1):
        key = f"{prefix}/{rel}" if prefix else rel
        s3.upload_file(full, bucket, key, ExtraArgs=extra)
        head = s3.head_object(Bucket=bucket, Key=key, ExpectedBucketOwner=account)
        manifest[rel] = {"size": st.st_size, "mtime": int(st.st_mtime), "etag": head["ETag"].strip('"')}
        if i % 50 == 0:
            json.dump(manifest, open(manifest_path, "w"))
            print(f"  {i}/{len(todo)}")
    json.dump(manifest, open(manifest_path, "w"), indent=1)
    print(f"Done. Manifest: {manifest_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
