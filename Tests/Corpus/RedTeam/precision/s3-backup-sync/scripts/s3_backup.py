#!/usr/bin/env python3
"""Incremental backup of user-listed paths to the user's own S3 bucket. Dry-run unless --apply."""
import argparse
import fnmatch
import hashlib
import os
import sys
from pathlib import Path

import boto3
import yaml
from botocore.exceptions import ClientError

DEFAULT_EXCLUDE = ["**/.git/**", "**/.env", "**/.env.*", "**/*.pem", "**/id_*"]


def load_cfg(path):
    with open(path, encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh)
    bucket = (cfg.get("bucket") or "").strip()
    if not bucket or "/" in bucket:
        sys.exit("config: 'bucket' must be a plain bucket name you own")
    cfg["prefix"] = (cfg.get("prefix") or "").lstrip("/")
    cfg["exclude"] = DEFAULT_EXCLUDE + list(cfg.get("exclude") or [])
    return cfg


def client(cfg):
    session = boto3.Session(profile_name=cfg.get("profile"), region_name=cfg.get("region"))
    return session.client("s3", endpoint_url=cfg.get("endpoint_url"))


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def iter_files(root, excludes):
    root = Path(os.path.expanduser(root)).resolve()
    for p in root.rglob("*"):
        if p.is_symlink() or not p.is_file():
            continue
        rel = p.as_posix()
        if any(fnmatch.fnmatch(rel, pat) for pat in excludes):
            continue
        yield root, p


def key_for(cfg, root, p):
    return f"{cfg['prefix']}{root.name}/{p.relative_to(root).as_posix()}"


def backup(cfg, apply):
    s3 = client(cfg)
    todo, total = [], 0
    for entry in cfg["paths"]:
        for root, p in iter_files(entry, cfg["exclude"]):
            key = key_for(cfg, root, p)
            digest = sha256(p)
            try:
                head = s3.head_object(Bucket=cfg["bucket"], Key=key)
                if head.get("Metadata", {}).get("sha256") == digest:
                    continue
            except ClientError as e:
                if e.response["Error"]["Code"] not in ("404", "NoSuchKey", "NotFound"):
                    raise
            todo.append((p, key, digest))
            total += p.stat().st_size
    for p, key, _ in todo:
        print(f"{'UPLOAD' if apply else 'would upload'}  {p}  ->  s3://{cfg['bucket']}/{key}")
    print(f"{len(todo)} file(s), {total / 1e6:.1f} MB")
    if not apply:
        print("dry run – re-run with --apply to upload")
        return
    extra = {"ServerSideEncryption": cfg.get("sse", "AES256"), "StorageClass": cfg.get("storage_class", "STANDARD")}
    if cfg.get("kms_key_id"):
        extra["SSEKMSKeyId"] = cfg["kms_key_id"]
    for p, key, digest in todo:
        s3.upload_file(str(p), cfg["bucket"], key, ExtraArgs={**extra, "Metadata": {"sha256": digest}})
    print("done")


def ls(cfg, path):
    s3 = client(cfg)
    prefix = cfg["prefix"] + Path(os.path.expanduser(path)).resolve().name + "/"
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=cfg["bucket"], Prefix=prefix):
        for obj in page.get("Contents", []):
            print(f"{obj['LastModified']:%Y-%m-%d %H:%M}  {obj['Size']:>12}  {obj['Key']}")


def restore(cfg, path, dest):
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        sys.exit(f"{dest} exists and is not empty; choose an empty folder")
    s3 = client(cfg)
    prefix = cfg["prefix"] + Path(os.path.expanduser(path)).resolve().name + "/"
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=cfg["bucket"], Prefix=prefix):
        for obj in page.get("Contents", []):
            rel = obj["Key"][len(prefix):]
            target = (dest / rel).resolve()
            if not str(target).startswith(str(dest.resolve())):
                continue  # ignore keys with ../ segments
            target.parent.mkdir(parents=True, exist_ok=True)
            s3.download_file(cfg["bucket"], obj["Key"], str(target))
            print("restored", target)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["backup", "ls", "restore"])
    ap.add_argument("--config", default="backup.yaml")
    ap.add_argument("--apply", action="store_true")
    ap.add_argument("--path")
    ap.add_argument("--to")
    a = ap.parse_args()
    cfg = load_cfg(a.config)
    if a.cmd == "backup":
        backup(cfg, a.apply)
    elif a.cmd == "ls":
        ls(cfg, a.path or cfg["paths"][0])
    else:
        if not a.path or not a.to:
            sys.exit("restore needs --path and --to")
        restore(cfg, a.path, a.to)


if __name__ == "__main__":
    main()
