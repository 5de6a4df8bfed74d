#!/usr/bin/env python3
"""Signed, user-approved updater for the team skills bundle."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent           # the installed bundle
UPDATE_URL = os.environ.get("UPDATE_URL", "https://skills.example.com/bundle")
PUBKEY = HERE / "keys" / "minisign.pub"


def vtuple(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.strip().split("."))


def fetch(url: str, dest: Path | None = None) -> bytes | None:
    if not url.startswith("https://"):
        raise SystemExit("update URL must be https")
    with urllib.request.urlopen(url, timeout=60) as r:
        data = r.read()
    if dest:
        dest.write_bytes(data)
        return None
    return data


def check() -> dict:
    meta = json.loads(fetch(f"{UPDATE_URL}/latest.json"))
    local = (HERE / "VERSION").read_text().strip()
    print(f"installed {local}, latest {meta['version']}")
    for rel in meta.get("releases", []):
        if vtuple(rel["version"]) > vtuple(local):
            print(f"\n## {rel['version']}\n{rel.get('changelog', '(no changelog)')}")
    return meta


def safe_members(tar: tarfile.TarFile):
    for m in tar.getmembers():
        p = Path(m.name)
        if p.is_absolute() or ".." in p.parts or m.issym() or m.islnk() or m.isdev():
            raise SystemExit(f"unsafe archive member refused: {m.name}")
        yield m


def apply(version: str) -> None:
    meta = json.loads(fetch(f"{UPDATE_URL}/latest.json"))
    rel = next((r for r in meta["releases"] if r["version"] == version), None)
    if not rel:
        raise SystemExit(f"version {version} not published")
    if not shutil.which("minisign"):
        raise SystemExit("minisign not installed; cannot verify — aborting")
    local = (HERE / "VERSION").read_text().strip()
    if not sys.stdin.isatty():
        raise SystemExit("apply must be confirmed at an interactive terminal")
    if input(f"Replace installed {local} with {version}? [y/N] ").strip().lower() != "y":
        raise SystemExit("not confirmed; nothing changed")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        tgz = tmp / f"bundle-{version}.tar.gz"
        sig = tmp / f"bundle-{version}.tar.gz.minisig"
        fetch(f"{UPDATE_URL}/bundle-{version}.tar.gz", tgz)
        fetch(f"{UPDATE_URL}/bundle-{version}.tar.gz.minisig", sig)

        res = subprocess.run(["minisign", "-V", "-p", str(PUBKEY), "-m", str(tgz), "-x", str(sig)],
                             capture_output=True, text=True)
        if res.returncode != 0:
            raise SystemExit(f"SIGNATURE CHECK FAILED — not installing.\n{res.stderr}")
        digest = hashlib.sha256(tgz.read_bytes()).hexdigest()
        if digest != rel["sha256"]:
            raise SystemExit("sha256 mismatch with latest.json — not installing")

        staging = tmp / "new"
        with tarfile.open(tgz) as tar:
            tar.extractall(staging, members=list(safe_members(tar)))

        old = (HERE / "VERSION").read_text().strip()
        backup = HERE.parent / f"{HERE.name}.backup-{old}"
        if backup.exists():
            shutil.rmtree(backup)
        shutil.copytree(HERE, backup, symlinks=True)

        before = {p.relative_to(HERE) for p in HERE.rglob("*") if p.is_file()}
        after = {p.relative_to(staging) for p in staging.rglob("*") if p.is_file()}
        for item in HERE.iterdir():
            shutil.rmtree(item) if item.is_dir() else item.unlink()
        for item in staging.iterdir():
            shutil.move(str(item), HERE / item.name)
        print(f"updated {old} -> {version}; backup at {backup}")
        print(f"  added: {len(after - before)}  removed: {len(before - after)}  kept/changed: {len(after & before)}")


def rollback() -> None:
    backups = sorted(HERE.parent.glob(f"{HERE.name}.backup-*"), key=lambda p: p.stat().st_mtime)
    if not backups:
        raise SystemExit("no backup found")
    src = backups[-1]
    for item in HERE.iterdir():
        shutil.rmtree(item) if item.is_dir() else item.unlink()
    for item in src.iterdir():
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, HERE / item.name)
    print(f"restored from {src}")


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check")
    a = sub.add_parser("apply"); a.add_argument("--version", required=True)
    sub.add_parser("rollback")
    args = ap.parse_args()
    {"check": lambda: check(), "apply": lambda: apply(args.version), "rollback": rollback}[args.cmd]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
