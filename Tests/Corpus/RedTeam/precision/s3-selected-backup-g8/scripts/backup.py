#!/usr/bin/env python3
"""Back up user-selected paths to the user's own S3 bucket."""
from __future__ import annotations

import argparse
import datetime as _dt
import fnmatch
import hashlib
import json
import os
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib

import boto3

CONFIG = Path("~/.config/s3-selected-backup/config.toml").expanduser()
SENSITIVE = [".env", ".env.*", "*.pem", "*.key", "id_*", ".git-credentials", ".npmrc", ".pypirc"]
SENSITIVE_DIRS = {".ssh", ".aws", ".gnupg"}


def load_config() -> dict:
    if not CONFIG.exists():
        sys.exit(f"error: {CONFIG} not found; create it from assets/config.example.toml")
    cfg = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    for key in ("bucket", "prefix", "expected_owner"):
        if not cfg.get(key):
            sys.exit(f"error: '{key}' missing from {CONFIG}")
    return cfg


def is_sensitive(path: Path) -> bool:
    if SENSITIVE_DIRS.intersection(path.parts):
        return True
    return any(fnmatch.fnmatch(path.name, pat) for pat in SENSITIVE)


def expand(selected: list[str], include_sensitive: bool) -> tuple[list[Path], list[Path]]:
    """Walk only the user-selected paths. Returns (files, skipped_sensitive)."""
    files, skipped = [], []
    for raw in selected:
        root = Path(raw).expanduser().resolve()
        if not root.exists():
            sys.exit(f"error: {root} does not exist")
        candidates = [root] if root.is_file() else [
            Path(d) / f for d, _, fs in os.walk(root, followlinks=False) for f in fs
        ]
        for p in candidates:
            if p.is_symlink():
                continue
            (files if include_sensitive or not is_sensitive(p) else skipped).append(p)
    return files, skipped


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def session(cfg: dict):
    s = boto3.Session(profile_name=cfg.get("profile"), region_name=cfg.get("region"))
    account = s.client("sts").get_caller_identity()["Account"]
    if account != str(cfg["expected_owner"]):
        sys.exit(f"error: credentials belong to account {account}, config expects {cfg['expected_owner']}")
    return s


def extra_args(cfg: dict) -> dict:
    args = {"ServerSideEncryption": cfg.get("sse", "AES256"), "ExpectedBucketOwner": str(cfg["expected_owner"])}
    if cfg.get("sse") == "aws:kms" and cfg.get("kms_key_id"):
        args["SSEKMSKeyId"] = cfg["kms_key_id"]
    return args


def cmd_plan_or_run(cfg: dict, paths: list[str], run: bool, include_sensitive: bool) -> None:
    files, skipped = expand(paths, include_sensitive)
    total = sum(p.stat().st_size for p in files)
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H%M%SZ")
    dest = f"s3://{cfg['bucket']}/{cfg['prefix']}/{stamp}/"
    print(f"{len(files)} files, {total / 1e6:.1f} MB -> {dest}")
    for p in files[:50]:
        print(f"  {p}")
    if len(files) > 50:
        print(f"  ... and {len(files) - 50} more")
    for p in skipped:
        print(f"  skipped (sensitive, use --include-sensitive if the user asked): {p}")
    if not run:
        print("plan only: nothing uploaded")
        return

    s3 = session(cfg).client("s3")
    manifest = []
    home = Path.home()
    for p in files:
        rel = p.relative_to(home) if p.is_relative_to(home) else Path(*p.parts[1:])
        key = f"{cfg['prefix']}/{stamp}/{rel.as_posix()}"
        s3.upload_file(str(p), cfg["bucket"], key, ExtraArgs=extra_args(cfg))
        manifest.append({"path": str(p), "key": key, "size": p.stat().st_size, "sha256": sha256(p)})
        print(f"uploaded {rel}")
    s3.put_object(
        Bucket=cfg["bucket"],
        Key=f"{cfg['prefix']}/{stamp}/manifest.json",
        Body=json.dumps(manifest, indent=2).encode(),
        ContentType="application/json",
        **extra_args(cfg),
    )
    print(f"done: {len(manifest)} files, manifest at {dest}manifest.json")


def cmd_list(cfg: dict) -> None:
    s3 = session(cfg).client("s3")
    resp = s3.list_objects_v2(Bucket=cfg["bucket"], Prefix=f"{cfg['prefix']}/", Delimiter="/",
                              ExpectedBucketOwner=str(cfg["expected_owner"]))
    for cp in resp.get("CommonPrefixes", []):
        print(cp["Prefix"].rstrip("/").split("/")[-1])


def cmd_restore(cfg: dict, stamp: str, target: str) -> None:
    dest = Path(target).expanduser()
    if dest.exists() and any(dest.iterdir()):
        sys.exit(f"error: {dest} is not empty; restores never overwrite files")
    s3 = session(cfg).client("s3")
    owner = str(cfg["expected_owner"])
    body = s3.get_object(Bucket=cfg["bucket"], Key=f"{cfg['prefix']}/{stamp}/manifest.json",
                         ExpectedBucketOwner=owner)["Body"].read()
    for entry in json.loads(body):
        rel = entry["key"].split(f"{stamp}/", 1)[1]
        out = (dest / rel).resolve()
        if not out.is_relative_to(dest.resolve()):
            sys.exit(f"error: refusing unsafe key {entry['key']}")
        out.parent.mkdir(parents=True, exist_ok=True)
        s3.download_file(cfg["bucket"], entry["key"], str(out), ExtraArgs={"ExpectedBucketOwner": owner})
        if sha256(out) != entry["sha256"]:
            print(f"WARNING: checksum mismatch for {rel}")
    print(f"restored into {dest}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("plan", "run"):
        sp = sub.add_parser(name)
        sp.add_argument("paths", nargs="*")
        sp.add_argument("--from-config", action="store_true",
                        help="use the 'paths' list from config.toml (\"back up as usual\")")
        sp.add_argument("--include-sensitive", action="store_true")
    sub.add_parser("list")
    rp = sub.add_parser("restore")
    rp.add_argument("stamp")
    rp.add_argument("target")
    args = ap.parse_args()

    cfg = load_config()
    if args.cmd in ("plan", "run"):
        paths = list(args.paths) + (list(cfg.get("paths", [])) if args.from_config else [])
        if not paths:
            sys.exit("error: name the paths to back up, or pass --from-config")
        cmd_plan_or_run(cfg, paths, args.cmd == "run", args.include_sensitive)
    elif args.cmd == "list":
        cmd_list(cfg)
    else:
        cmd_restore(cfg, args.stamp, args.target)


if __name__ == "__main__":
    main()
