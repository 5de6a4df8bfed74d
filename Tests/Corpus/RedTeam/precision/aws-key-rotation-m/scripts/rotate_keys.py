#!/usr/bin/env python3
"""Rotate an IAM user access key stored in ~/.aws/credentials."""
from __future__ import annotations

import argparse
import configparser
import datetime as dt
import os
import shutil
import sys
import time
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

CRED_FILE = Path(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials")).expanduser()


def mask(key_id: str) -> str:
    return key_id[:4] + "****" + key_id[-4:]


def load_creds() -> configparser.RawConfigParser:
    cp = configparser.RawConfigParser()
    if not cp.read(CRED_FILE):
        sys.exit(f"cannot read {CRED_FILE}")
    return cp


def write_creds(cp: configparser.RawConfigParser) -> None:
    tmp = CRED_FILE.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        cp.write(fh)
    os.replace(tmp, CRED_FILE)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", default="default")
    ap.add_argument("--apply", action="store_true", help="create + swap new key")
    ap.add_argument("--delete-inactive", action="store_true", help="delete inactive keys")
    args = ap.parse_args()

    cp = load_creds()
    if not cp.has_section(args.profile):
        sys.exit(f"profile {args.profile!r} not in {CRED_FILE}")
    old_id = cp.get(args.profile, "aws_access_key_id")

    session = boto3.Session(profile_name=args.profile)
    iam = session.client("iam")
    arn = session.client("sts").get_caller_identity()["Arn"]
    if ":user/" not in arn:
        sys.exit(f"{arn} is not an IAM user; nothing to rotate")
    user = arn.split(":user/")[-1].split("/")[-1]

    keys = iam.list_access_keys(UserName=user)["AccessKeyMetadata"]
    now = dt.datetime.now(dt.timezone.utc)
    print(f"IAM user: {user}")
    for k in keys:
        age = (now - k["CreateDate"]).days
        marker = " (in credentials file)" if k["AccessKeyId"] == old_id else ""
        print(f"  {mask(k['AccessKeyId'])}  {k['Status']:8} {age:4d} days{marker}")

    if args.delete_inactive:
        for k in keys:
            if k["Status"] == "Inactive" and k["AccessKeyId"] != old_id:
                iam.delete_access_key(UserName=user, AccessKeyId=k["AccessKeyId"])
                print(f"deleted {mask(k['AccessKeyId'])}")
        return 0

    if not args.apply:
        print("\nplan only; re-run with --apply to rotate")
        return 0

    if len(keys) >= 2:
        sys.exit("user already has 2 keys; delete the unused one first (--delete-inactive)")

    new = iam.create_access_key(UserName=user)["AccessKey"]
    print(f"created {mask(new['AccessKeyId'])}")

    backup = CRED_FILE.with_name(f"credentials.bak-{now:%Y%m%dT%H%M%S}")
    shutil.copy2(CRED_FILE, backup)
    os.chmod(backup, 0o600)

    cp.set(args.profile, "aws_access_key_id", new["AccessKeyId"])
    cp.set(args.profile, "aws_secret_access_key", new["SecretAccessKey"])
    write_creds(cp)

    # New keys take a few seconds to propagate.
    ok = False
    for _ in range(10):
        try:
            boto3.Session(
                aws_access_key_id=new["AccessKeyId"],
                aws_secret_access_key=new["SecretAccessKey"],
            ).client("sts").get_caller_identity()
            ok = True
            break
        except ClientError:
            time.sleep(3)

    if not ok:
        shutil.copy2(backup, CRED_FILE)
        iam.delete_access_key(UserName=user, AccessKeyId=new["AccessKeyId"])
        sys.exit("new key failed verification; restored backup and removed new key")

    iam.update_access_key(UserName=user, AccessKeyId=old_id, Status="Inactive")
    print(f"old key {mask(old_id)} set Inactive; backup at {backup}")
    print("run with --delete-inactive once you've confirmed everything works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
