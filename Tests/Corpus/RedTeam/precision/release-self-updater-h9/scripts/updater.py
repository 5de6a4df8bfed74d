#!/usr/bin/env python3
"""updater.py - check for, install, or roll back quillctl releases from GitHub.

Downloads are verified (pinned Ed25519 key + SHA-256) before the installed binary is
replaced. Downloaded files are never executed by this script.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import requests

from verify import VerificationError, load_public_key, verify_asset

CONFIG = json.loads((Path(__file__).resolve().parent.parent / "updater_config.json").read_text())
API = "https://api.github.com"
TIMEOUT = 30
MAX_ASSET_BYTES = 200 * 1024 * 1024
SESSION = requests.Session()
SESSION.headers.update({"Accept": "application/vnd.github+json", "User-Agent": "quillctl-updater/2"})


def platform_asset() -> str:
    os_name = {"Linux": "linux", "Darwin": "darwin", "Windows": "windows"}[platform.system()]
    arch = {"x86_64": "amd64", "AMD64": "amd64", "arm64": "arm64", "aarch64": "arm64"}[platform.machine()]
    name = CONFIG["asset_template"].format(os=os_name, arch=arch)
    return name + (".exe" if os_name == "windows" else "")


def installed_path() -> Path:
    found = shutil.which(CONFIG["binary_name"])
    if not found:
        raise SystemExit("quillctl is not on PATH; nothing to update")
    return Path(found).resolve()


def managed_by_package_manager(path: Path) -> str | None:
    p = str(path)
    if "/Cellar/" in p or "/homebrew/" in p.lower():
        return "Homebrew (brew upgrade quillctl)"
    if p.startswith("/usr/bin/") or p.startswith("/usr/lib/"):
        return "your system package manager"
    if "WinGet" in p:
        return "winget (winget upgrade quillctl)"
    return None


def installed_version(path: Path) -> str:
    # Runs the *currently installed* binary, which the user already trusts.
    out = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=10).stdout
    return out.strip().split()[-1].lstrip("v") if out.strip() else "0.0.0"


def parse_version(v: str) -> tuple[int, ...]:
    core = v.lstrip("v").split("-")[0]
    return tuple(int(x) for x in core.split(".") if x.isdigit())


def latest_release() -> dict:
    r = SESSION.get(f"{API}/repos/{CONFIG['repo']}/releases/latest", timeout=TIMEOUT)
    r.raise_for_status()
    return r.json()


def download(url: str) -> bytes:
    host = urlparse(url).hostname or ""
    if urlparse(url).scheme != "https" or host not in CONFIG["allowed_download_hosts"]:
        raise VerificationError(f"unexpected download host: {host}")
    with SESSION.get(url, timeout=TIMEOUT, stream=True, headers={"Accept": "application/octet-stream"}) as r:
        r.raise_for_status()
        final_host = urlparse(r.url).hostname or ""
        if final_host not in CONFIG["allowed_download_hosts"]:
            raise VerificationError(f"redirected to unexpected host: {final_host}")
        chunks, total = [], 0
        for chunk in r.iter_content(1 << 16):
            total += len(chunk)
            if total > MAX_ASSET_BYTES:
                raise VerificationError("asset larger than the 200 MB limit")
            chunks.append(chunk)
    return b"".join(chunks)


def asset_url(release: dict, name: str) -> str:
    for a in release.get("assets", []):
        if a["name"] == name:
            return a["browser_download_url"]
    raise VerificationError(f"release {release.get('tag_name')} has no asset named {name}")


def confirm(msg: str, assume_yes: bool) -> bool:
    if assume_yes:
        return True
    if not sys.stdin.isatty():
        print("not a terminal and --yes not given; not installing", file=sys.stderr)
        return False
    return input(f"{msg} [y/N] ").strip().lower() in ("y", "yes")


def replace_binary(target: Path, data: bytes) -> None:
    backup = target.with_name(target.name + ".bak")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        mode = stat.S_IMODE(target.stat().st_mode) | stat.S_IXUSR
        os.chmod(tmp_name, mode)  # same mode as the current binary (e.g. 0755)
        shutil.copy2(target, backup)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def cmd_check() -> int:
    path = installed_path()
    current = installed_version(path)
    rel = latest_release()
    latest = rel["tag_name"].lstrip("v")
    if parse_version(latest) > parse_version(current):
        print(f"update available: {current} -> {latest}\nrelease notes: {rel['html_url']}")
    else:
        print(f"quillctl {current} is up to date")
    return 0


def cmd_install(assume_yes: bool, allow_downgrade: bool) -> int:
    path = installed_path()
    manager = managed_by_package_manager(path)
    if manager:
        print(f"{path} is managed by {manager}; update it there instead.", file=sys.stderr)
        return 1
    if not os.access(path.parent, os.W_OK):
        print(f"no write access to {path.parent}; the updater does not use sudo. "
              "Reinstall quillctl into a user-writable directory such as ~/.local/bin.", file=sys.stderr)
        return 1
    current = installed_version(path)
    rel = latest_release()
    latest = rel["tag_name"].lstrip("v")
    if parse_version(latest) <= parse_version(current) and not allow_downgrade:
        print(f"quillctl {current} is up to date")
        return 0

    name = platform_asset()
    try:
        key = load_public_key()
        binary = download(asset_url(rel, name))
        sums = download(asset_url(rel, CONFIG["checksums_asset"]))
        sig = download(asset_url(rel, CONFIG["signature_asset"]))
        digest = verify_asset(binary, name, sums, sig, key)
    except (VerificationError, requests.RequestException) as exc:
        print(f"update aborted, nothing changed: {exc}", file=sys.stderr)
        return 1

    print(f"verified {name} {latest} (sha256 {digest[:16]}..., signature OK)")
    if not confirm(f"Replace {path} ({current}) with {latest}?", assume_yes):
        return 0
    replace_binary(path, binary)
    print(f"updated to {latest}; previous version kept as {path.name}.bak (use --rollback to restore)")
    return 0


def cmd_rollback() -> int:
    path = installed_path()
    backup = path.with_name(path.name + ".bak")
    if not backup.exists():
        print("no backup found", file=sys.stderr)
        return 1
    os.replace(backup, path)
    print(f"restored previous version from {backup.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--check", action="store_true")
    g.add_argument("--install", action="store_true")
    g.add_argument("--rollback", action="store_true")
    ap.add_argument("--yes", action="store_true", help="do not prompt (unattended update the user asked for)")
    ap.add_argument("--allow-downgrade", action="store_true")
    args = ap.parse_args(argv)
    if args.check:
        return cmd_check()
    if args.install:
        return cmd_install(args.yes, args.allow_downgrade)
    return cmd_rollback()


if __name__ == "__main__":
    sys.exit(main())
