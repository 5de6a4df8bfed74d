#!/usr/bin/env python3
"""pg_dump -> S3 (SSE-KMS) with retention, restore test and Slack notification."""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import boto3
import requests

ENV = os.environ


def cfg(name: str, default: str | None = None) -> str:
    v = ENV.get(name, default)
    if v is None:
        sys.exit(f"missing config: {name}")
    return v


BUCKET = cfg("PGBACKUP_BUCKET")
PREFIX = cfg("PGBACKUP_PREFIX", "postgres").strip("/")
KMS_KEY = ENV.get("PGBACKUP_KMS_KEY_ID")
OWNER = ENV.get("PGBACKUP_AWS_ACCOUNT_ID")
RETENTION = int(cfg("PGBACKUP_RETENTION_DAYS", "35"))
WORKDIR = Path(cfg("PGBACKUP_WORKDIR", "/var/lib/pgbackup"))
SLACK = ENV.get("SLACK_WEBHOOK_URL")

s3 = boto3.client("s3")


def owner_args() -> dict:
    return {"ExpectedBucketOwner": OWNER} if OWNER else {}


def notify(ok: bool, text: str) -> None:
    if not SLACK:
        return
    if not SLACK.startswith("https://hooks.slack.com/"):
        print("SLACK_WEBHOOK_URL is not a hooks.slack.com URL; not sending", file=sys.stderr)
        return
    emoji = ":white_check_mark:" if ok else ":rotating_light:"
    try:
        requests.post(SLACK, json={"text": f"{emoji} pgbackup@{socket.gethostname()}: {text}"}, timeout=10)
    except requests.RequestException as e:
        print(f"slack notify failed: {e}", file=sys.stderr)


def sha256_file(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def key_for(db: str, ts: dt.datetime) -> str:
    return f"{PREFIX}/{db}/{ts:%Y/%m/%d}/{db}-{ts:%Y%m%dT%H%M%SZ}.dump"


def backup_one(db: str) -> str:
    WORKDIR.mkdir(parents=True, exist_ok=True)
    ts = dt.datetime.now(dt.timezone.utc)
    local = WORKDIR / f"{db}-{ts:%Y%m%dT%H%M%SZ}.dump"
    t0 = time.monotonic()
    try:
        subprocess.run(["pg_dump", "--format=custom", "--compress=6", "--no-owner",
                        "--lock-wait-timeout=60s", "--file", str(local), db], check=True)
        digest = sha256_file(local)
        size = local.stat().st_size
        extra = {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": KMS_KEY} if KMS_KEY else \
                {"ServerSideEncryption": "AES256"}
        key = key_for(db, ts)
        with local.open("rb") as fh:
            s3.put_object(Bucket=BUCKET, Key=key, Body=fh, ChecksumAlgorithm="SHA256",
                          Metadata={"sha256": digest, "source-host": socket.gethostname()},
                          **extra, **owner_args())
        took = time.monotonic() - t0
        msg = f"`{db}` backed up: {size / 1e6:.1f} MB in {took:.0f}s -> s3://{BUCKET}/{key}"
        print(msg)
        notify(True, msg)
        return key
    except Exception as e:  # noqa: BLE001
        notify(False, f"`{db}` backup FAILED: {e}")
        raise
    finally:
        local.unlink(missing_ok=True)


def list_dumps(db: str) -> list[dict]:
    out, token = [], None
    while True:
        kw = {"Bucket": BUCKET, "Prefix": f"{PREFIX}/{db}/", **owner_args()}
        if token:
            kw["ContinuationToken"] = token
        r = s3.list_objects_v2(**kw)
        out.extend(r.get("Contents", []))
        if not r.get("IsTruncated"):
            return sorted(out, key=lambda o: o["LastModified"])
        token = r["NextContinuationToken"]


def prune(db: str) -> int:
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=RETENTION)
    dumps = list_dumps(db)
    old = [o for o in dumps if o["LastModified"] < cutoff]
    keep_min = 7
    if len(dumps) - len(old) < keep_min:  # never prune below a floor, e.g. if backups stopped
        old = old[: max(0, len(dumps) - keep_min)]
    for o in old:
        s3.delete_object(Bucket=BUCKET, Key=o["Key"], **owner_args())
    if old:
        print(f"{db}: pruned {len(old)} dump(s) older than {RETENTION}d")
    return len(old)


def download(key: str) -> Path:
    WORKDIR.mkdir(parents=True, exist_ok=True)
    local = WORKDIR / Path(key).name
    s3.download_file(BUCKET, key, str(local), ExtraArgs=owner_args() or None)
    meta = s3.head_object(Bucket=BUCKET, Key=key, **owner_args())["Metadata"]
    if meta.get("sha256") and meta["sha256"] != sha256_file(local):
        local.unlink()
        sys.exit(f"checksum mismatch for {key}")
    return local


def database_exists(name: str) -> bool:
    r = subprocess.run(["psql", "-d", "postgres", "-tAc",
                        "SELECT 1 FROM pg_database WHERE datname = %s" % _lit(name)],
                       capture_output=True, text=True, check=True)
    return r.stdout.strip() == "1"


def _lit(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def restore(key: str, target: str) -> None:
    if database_exists(target):
        sys.exit(f"database {target} already exists; choose a new name (restores never overwrite)")
    local = download(key)
    try:
        subprocess.run(["createdb", target], check=True)
        subprocess.run(["pg_restore", "--no-owner", "--exit-on-error", "-d", target, str(local)], check=True)
    finally:
        local.unlink(missing_ok=True)
    print(f"restored {key} into {target}")


def restore_test(db: str) -> None:
    dumps = list_dumps(db)
    if not dumps:
        sys.exit(f"no dumps for {db}")
    key = dumps[-1]["Key"]
    scratch = f"pgbackup_restoretest_{db}_{int(time.time())}"
    t0 = time.monotonic()
    try:
        restore(key, scratch)
        r = subprocess.run(["psql", "-d", scratch, "-tAc",
                            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog','information_schema')"],
                           capture_output=True, text=True, check=True)
        msg = f"`{db}` restore test OK: {r.stdout.strip()} tables from {Path(key).name} in {time.monotonic() - t0:.0f}s"
        print(msg)
        notify(True, msg)
    except Exception as e:  # noqa: BLE001
        notify(False, f"`{db}` restore test FAILED: {e}")
        raise
    finally:
        # only ever drop the scratch database this function created
        if scratch.startswith("pgbackup_restoretest_"):
            subprocess.run(["dropdb", "--if-exists", scratch], check=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("backup"); b.add_argument("--db")
    l = sub.add_parser("list"); l.add_argument("--db", required=True)
    t = sub.add_parser("restore-test"); t.add_argument("--db", required=True)
    r = sub.add_parser("restore"); r.add_argument("--key", required=True); r.add_argument("--target-db", required=True)
    a = ap.parse_args()

    if a.cmd == "backup":
        dbs = [a.db] if a.db else [d.strip() for d in cfg("PGBACKUP_DATABASES").split(",") if d.strip()]
        failed = []
        for db in dbs:
            try:
                backup_one(db)
                prune(db)
            except Exception as e:  # noqa: BLE001
                print(f"{db}: {e}", file=sys.stderr)
                failed.append(db)
        sys.exit(1 if failed else 0)
    elif a.cmd == "list":
        for o in list_dumps(a.db):
            print(f"{o['LastModified']:%Y-%m-%d %H:%M}  {o['Size'] / 1e6:9.1f} MB  {o['Key']}")
    elif a.cmd == "restore-test":
        restore_test(a.db)
    elif a.cmd == "restore":
        restore(a.key, a.target_db)


if __name__ == "__main__":
    main()
