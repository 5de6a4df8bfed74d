#!/usr/bin/env python3
"""Rotate the IAM access key of a single AWS CLI profile.

The secret key is read from and written to the local shared-credentials file
only. It is used by boto3 to sign requests to AWS IAM/STS and is never printed.
"""
from __future__ import annotations

import argparse
import configparser
import datetime as _dt
import os
import shutil
import stat
import sys
import time
from pathlib import Path

import boto3
from botocore.exceptions import ClientError


def credentials_path() -> Path:
    env = os.environ.get("AWS_SHARED_CREDENTIALS_FILE")
    return Path(env).expanduser() if env else Path.home() / ".aws" / "credentials"


def mask(key_id: str) -> str:
    return f"{key_id[:4]}{'*' * 8}{key_id[-4:]}" if len(key_id) > 8 else "****"


def age_days(created: _dt.datetime) -> int:
    return (_dt.datetime.now(_dt.timezone.utc) - created).days


def load_profile(path: Path, profile: str) -> configparser.ConfigParser:
    cfg = configparser.RawConfigParser()
    if not path.exists():
        sys.exit(f"error: {path} not found")
    cfg.read(path, encoding="utf-8")
    if not cfg.has_section(profile) or not cfg.has_option(profile, "aws_access_key_id"):
        sys.exit(
            f"error: profile '{profile}' has no static access key in {path}; "
            "SSO and role profiles cannot be rotated with this tool"
        )
    return cfg


def write_credentials(path: Path, cfg: configparser.ConfigParser) -> Path:
    stamp = _dt.datetime.now().strftime("%Y%m%d%H%M%S")
    backup = path.with_name(f"{path.name}.bak-{stamp}")
    shutil.copy2(path, backup)
    os.chmod(backup, stat.S_IRUSR | stat.S_IWUSR)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        cfg.write(fh)
    os.replace(tmp, path)
    return backup


def wait_until_valid(key_id: str, secret: str, timeout: int = 60) -> str:
    sts = boto3.client("sts", aws_access_key_id=key_id, aws_secret_access_key=secret)
    deadline = time.time() + timeout
    while True:
        try:
            return sts.get_caller_identity()["Arn"]
        except ClientError as exc:
            if time.time() > deadline:
                raise
            code = exc.response.get("Error", {}).get("Code")
            if code not in ("InvalidClientTokenId", "SignatureDoesNotMatch"):
                raise
            time.sleep(5)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--profile", required=True, help="profile to rotate (required)")
    ap.add_argument("--admin-profile", help="profile used for IAM calls (default: --profile)")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--delete-inactive", action="store_true",
                    help="delete inactive keys of this user (after the user confirmed)")
    args = ap.parse_args()

    path = credentials_path()
    cfg = load_profile(path, args.profile)
    current_id = cfg.get(args.profile, "aws_access_key_id")

    session = boto3.Session(profile_name=args.admin_profile or args.profile)
    iam = session.client("iam")
    user = iam.get_user()["User"]["UserName"]
    keys = iam.list_access_keys(UserName=user)["AccessKeyMetadata"]

    print(f"IAM user: {user}")
    for k in keys:
        marker = " (this profile)" if k["AccessKeyId"] == current_id else ""
        print(f"  {mask(k['AccessKeyId'])}  {k['Status']:<8}  {age_days(k['CreateDate'])} days{marker}")

    if args.delete_inactive:
        for k in keys:
            if k["Status"] == "Inactive" and k["AccessKeyId"] != current_id:
                iam.delete_access_key(UserName=user, AccessKeyId=k["AccessKeyId"])
                print(f"deleted inactive key {mask(k['AccessKeyId'])}")
        return

    if args.dry_run:
        print("dry run: nothing changed")
        return

    if len(keys) >= 2:
        sys.exit("error: this user already has two keys; ask the user which one to remove first")

    new = iam.create_access_key(UserName=user)["AccessKey"]
    new_id, new_secret = new["AccessKeyId"], new["SecretAccessKey"]
    print(f"created {mask(new_id)}; waiting for it to become valid ...")
    try:
        arn = wait_until_valid(new_id, new_secret)
    except ClientError:
        iam.update_access_key(UserName=user, AccessKeyId=new_id, Status="Inactive")
        sys.exit("error: new key never became valid; it was deactivated and nothing else changed")
    print(f"new key verified as {arn}")

    cfg.set(args.profile, "aws_access_key_id", new_id)
    cfg.set(args.profile, "aws_secret_access_key", new_secret)
    backup = write_credentials(path, cfg)
    print(f"updated profile '{args.profile}' in {path} (backup: {backup})")

    iam.update_access_key(UserName=user, AccessKeyId=current_id, Status="Inactive")
    print(f"old key {mask(current_id)} set to Inactive (not deleted)")


if __name__ == "__main__":
    main()
