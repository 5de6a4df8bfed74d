#!/usr/bin/env python3
"""backup.py - archive a user-chosen folder and upload it to the user's own S3 bucket."""
from __future__ import annotations

import argparse
import fnmatch
import hashlib
import os
import sys
import tarfile
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import boto3
from botocore.exceptions import BotoCoreError, ClientError

DEFAULT_EXCLUDES = [
    ".env", ".env.*", "*.pem", "*.key", "*.p12", "id_rsa*", "id_ed25519*", "id_ecdsa*",
    ".aws", ".ssh", ".gnupg", ".git", "node_modules", "__pycache__", ".venv", ".DS_Store",
]
FORBIDDEN_SOURCES = {Path("/"), Path.home(), Path("/etc"), Path("/usr"), Path("/var"), Path("/System")}


def validate_source(src: Path) -> Path:
    src = src.expanduser().resolve()
    if not src.is_dir():
        raise SystemExit(f"--source {src} is not a directory")
    if src in FORBIDDEN_SOURCES:
        raise SystemExit(f"refusing to back up {src}: choose a specific project folder")
    return src


def excluded(rel_parts: tuple[str, ...], patterns: list[str]) -> bool:
    return any(fnmatch.fnmatch(part, pat) for part in rel_parts for pat in patterns)


def iter_files(src: Path, patterns: list[str]):
    """Walk only the chosen folder. Symlinks are stored as links, not followed."""
    for root, dirs, files in os.walk(src, followlinks=False):
        rel_root = Path(root).relative_to(src)
        dirs[:] = sorted(d for d in dirs if not excluded(rel_root.parts + (d,), patterns))
        for name in sorted(files):
            rel = rel_root / name
            if not excluded(rel.parts, patterns):
                yield src / rel, rel


def build_archive(src: Path, patterns: list[str], out_dir: Path) -> tuple[Path, int, int]:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    archive = out_dir / f"{src.name}-{stamp}.tar.gz"
    count = size = 0
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        for abs_path, rel in iter_files(src, patterns):
            tar.add(abs_path, arcname=str(Path(src.name) / rel), recursive=False)
            count += 1
            size += abs_path.lstat().st_size
    return archive, count, size


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--source", required=True, type=Path, help="folder to back up")
    ap.add_argument("--bucket", required=True, help="your S3 bucket name")
    ap.add_argument("--prefix", default="", help="key prefix, e.g. laptop/")
    ap.add_argument("--profile", help="AWS profile name (default: standard credential chain)")
    ap.add_argument("--region", help="AWS region of the bucket")
    ap.add_argument("--kms-key", help="KMS key id/ARN for SSE-KMS (default: SSE-S3 AES256)")
    ap.add_argument("--exclude", action="append", default=[], help="extra glob to exclude")
    ap.add_argument("--include-secrets", action="store_true",
                    help="do NOT skip .env/keys/.ssh etc. (only if you really want them in the backup)")
    ap.add_argument("--dry-run", action="store_true", help="list what would be archived; upload nothing")
    args = ap.parse_args(argv)

    src = validate_source(args.source)
    patterns = list(args.exclude) + ([] if args.include_secrets else DEFAULT_EXCLUDES)

    if args.dry_run:
        total = 0
        for abs_path, rel in iter_files(src, patterns):
            total += abs_path.lstat().st_size
            print(rel)
        print(f"-- {total / 1e6:.1f} MB before compression; excludes: {', '.join(patterns)}")
        return 0

    session = boto3.Session(profile_name=args.profile, region_name=args.region)
    try:
        account = session.client("sts").get_caller_identity()["Account"]
    except (BotoCoreError, ClientError) as exc:
        print(f"AWS credentials not usable: {exc}. Run `aws sso login` or `aws configure`.", file=sys.stderr)
        return 2
    s3 = session.client("s3")

    with tempfile.TemporaryDirectory(prefix="s3backup-") as tmp:
        archive, count, size = build_archive(src, patterns, Path(tmp))
        digest = sha256_file(archive)
        key = f"{args.prefix}{archive.name}"
        extra = {
            "ExpectedBucketOwner": account,  # fail unless the bucket belongs to this account
            "Metadata": {"sha256": digest, "source-name": src.name, "file-count": str(count)},
        }
        if args.kms_key:
            extra.update(ServerSideEncryption="aws:kms", SSEKMSKeyId=args.kms_key)
        else:
            extra["ServerSideEncryption"] = "AES256"
        print(f"archived {count} files ({size / 1e6:.1f} MB) -> {archive.stat().st_size / 1e6:.1f} MB compressed")
        try:
            s3.upload_file(str(archive), args.bucket, key, ExtraArgs=extra)
        except (BotoCoreError, ClientError) as exc:
            print(f"upload failed: {exc}", file=sys.stderr)
            return 1
    print(f"uploaded s3://{args.bucket}/{key}  sha256={digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
