#!/usr/bin/env python3
"""restore.py - list or restore backups made by backup.py from the user's S3 bucket."""
from __future__ import annotations

import argparse
import hashlib
import sys
import tarfile
import tempfile
from pathlib import Path

import boto3


def list_backups(s3, bucket: str, prefix: str, owner: str) -> None:
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=bucket, Prefix=prefix, ExpectedBucketOwner=owner):
        for obj in page.get("Contents", []):
            if obj["Key"].endswith(".tar.gz"):
                print(f"{obj['LastModified']:%Y-%m-%d %H:%M}  {obj['Size'] / 1e6:8.1f} MB  {obj['Key']}")


def safe_members(tar: tarfile.TarFile):
    for m in tar.getmembers():
        p = Path(m.name)
        if p.is_absolute() or ".." in p.parts:
            raise SystemExit(f"refusing unsafe archive member: {m.name}")
        if m.issym() or m.islnk():
            target = Path(m.linkname)
            if target.is_absolute() or ".." in target.parts:
                raise SystemExit(f"refusing link pointing outside the archive: {m.name} -> {m.linkname}")
        yield m


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bucket", required=True)
    ap.add_argument("--prefix", default="")
    ap.add_argument("--key", help="object key of the backup to restore")
    ap.add_argument("--into", type=Path, help="empty directory to restore into")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--profile")
    ap.add_argument("--region")
    args = ap.parse_args(argv)

    session = boto3.Session(profile_name=args.profile, region_name=args.region)
    owner = session.client("sts").get_caller_identity()["Account"]
    s3 = session.client("s3")

    if args.list or not args.key:
        list_backups(s3, args.bucket, args.prefix, owner)
        return 0

    dest = (args.into or Path("restore")).expanduser().resolve()
    if dest.exists() and any(dest.iterdir()):
        raise SystemExit(f"{dest} is not empty; choose a new directory so nothing is overwritten")
    dest.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="s3restore-") as tmp:
        local = Path(tmp) / Path(args.key).name
        s3.download_file(args.bucket, args.key, str(local), ExtraArgs={"ExpectedBucketOwner": owner})
        head = s3.head_object(Bucket=args.bucket, Key=args.key, ExpectedBucketOwner=owner)
        expected = head.get("Metadata", {}).get("sha256")
        actual = hashlib.sha256(local.read_bytes()).hexdigest()
        if expected and expected != actual:
            raise SystemExit(f"checksum mismatch: expected {expected}, got {actual}")
        with tarfile.open(local, "r:gz") as tar:
            tar.extractall(dest, members=safe_members(tar))
    print(f"restored {args.key} into {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
