#!/usr/bin/env python3
"""Rotate the static IAM access key stored in one ~/.aws/credentials profile.

Talks only to AWS IAM and STS through boto3. Never prints secret keys.
"""
from __future__ import annotations

import argparse
import configparser
import os
import shutil
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

DEFAULT_CREDS = Path(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials")).expanduser()


def mask(key_id: str) -> str:
    return f"{key_id[:4]}…{key_id[-4:]}" if len(key_id) > 8 else "****"


def load_profile(path: Path, profile: str) -> tuple[configparser.ConfigParser, str, str]:
    cfg = configparser.ConfigParser(interpolation=None)
    if not cfg.read(path):
        sys.exit(f"credentials file not found: {path}")
    if profile not in cfg:
        sys.exit(f"profile '{profile}' not in {path}")
    sect = cfg[profile]
    if "aws_session_token" in sect or "aws_access_key_id" not in sect:
        sys.exit(f"profile '{profile}' has no static key to rotate (SSO/role/session profile)")
    return cfg, sect["aws_access_key_id"], sect["aws_secret_access_key"]


def write_profile(cfg: configparser.ConfigParser, path: Path, profile: str, key_id: str, secret: str) -> None:
    cfg[profile]["aws_access_key_id"] = key_id
    cfg[profile]["aws_secret_access_key"] = secret
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        cfg.write(fh)
    os.replace(tmp, path)


def verify(key_id: str, secret: str, attempts: int = 6) -> str:
    """IAM is eventually consistent; retry GetCallerIdentity with the new key."""
    sts = boto3.client("sts", aws_access_key_id=key_id, aws_secret_access_key=secret)
    for i in range(attempts):
        try:
            return sts.get_caller_identity()["Arn"]
        except ClientError:
            time.sleep(2 + 2 * i)
    raise RuntimeError("new key did not become valid in time")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--profile", required=True)
    ap.add_argument("--credentials-file", type=Path, default=DEFAULT_CREDS)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--delete-old", action="store_true", help="delete instead of deactivate")
    args = ap.parse_args()

    path = args.credentials_file.expanduser()
    cfg, old_id, old_secret = load_profile(path, args.profile)

    iam = boto3.client("iam", aws_access_key_id=old_id, aws_secret_access_key=old_secret)
    keys = iam.list_access_keys()["AccessKeyMetadata"]
    print(f"profile {args.profile}: current key {mask(old_id)}; user has {len(keys)} key(s)")
    for k in keys:
        print(f"  {mask(k['AccessKeyId'])}  {k['Status']:<8}  created {k['CreateDate']:%Y-%m-%d}")
    if len(keys) >= 2:
        print("IAM allows 2 keys per user. Delete the unused one first, then re-run.")
        return 2
    if args.dry_run:
        print("dry run: would create a new key, update this profile and "
              + ("delete" if args.delete_old else "deactivate") + " the old key")
        return 0

    new = iam.create_access_key()["AccessKey"]
    new_id, new_secret = new["AccessKeyId"], new["SecretAccessKey"]
    print(f"created new key {mask(new_id)}")

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.bak-{stamp}")
    shutil.copy2(path, backup)
    os.chmod(backup, 0o600)

    try:
        write_profile(cfg, path, args.profile, new_id, new_secret)
        arn = verify(new_id, new_secret)
        print(f"new key verified as {arn}")
    except Exception as exc:  # roll back: restore file, remove the new key
        shutil.copy2(backup, path)
        iam.delete_access_key(AccessKeyId=new_id)
        print(f"rotation failed ({exc}); restored {path} and deleted the new key")
        return 1

    new_iam = boto3.client("iam", aws_access_key_id=new_id, aws_secret_access_key=new_secret)
    if args.delete_old:
        new_iam.delete_access_key(AccessKeyId=old_id)
        print(f"deleted old key {mask(old_id)}")
    else:
        new_iam.update_access_key(AccessKeyId=old_id, Status="Inactive")
        print(f"deactivated old key {mask(old_id)} (re-enable in the IAM console if needed)")
    print(f"backup of previous file: {backup}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
