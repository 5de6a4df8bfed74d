#!/usr/bin/env python3
"""Export one site's cookies from a local Firefox profile as a Playwright storageState."""
from __future__ import annotations

import argparse
import configparser
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path


def firefox_root() -> Path:
    system = platform.system()
    if system == "Darwin":
        return Path.home() / "Library/Application Support/Firefox"
    if system == "Windows":
        return Path(os.environ["APPDATA"]) / "Mozilla/Firefox"
    snap = Path.home() / "snap/firefox/common/.mozilla/firefox"
    return snap if snap.exists() else Path.home() / ".mozilla/firefox"


def default_profile() -> Path:
    root = firefox_root()
    ini = root / "profiles.ini"
    if not ini.exists():
        sys.exit(f"no Firefox profiles.ini at {ini}; pass --profile")
    cp = configparser.ConfigParser()
    cp.read(ini)
    # Newer Firefox: [Install...] Default= points at the profile in use
    for sec in cp.sections():
        if sec.startswith("Install") and cp.has_option(sec, "Default"):
            return root / cp.get(sec, "Default")
    for sec in cp.sections():
        if cp.get(sec, "Default", fallback="0") == "1" and cp.has_option(sec, "Path"):
            p = cp.get(sec, "Path")
            return root / p if cp.get(sec, "IsRelative", fallback="1") == "1" else Path(p)
    sys.exit("could not determine default Firefox profile; pass --profile")


def host_matches(host: str, domain: str) -> bool:
    h = host.lstrip(".").lower()
    d = domain.lstrip(".").lower()
    return h == d or h.endswith("." + d)


SAMESITE = {0: "None", 1: "Lax", 2: "Strict", 256: "None"}


def export(profile: Path, domain: str) -> list[dict]:
    src = profile / "cookies.sqlite"
    if not src.exists():
        sys.exit(f"{src} not found")
    with tempfile.TemporaryDirectory() as td:
        dst = Path(td) / "cookies.sqlite"
        shutil.copy2(src, dst)
        for ext in ("-wal", "-shm"):
            if (profile / f"cookies.sqlite{ext}").exists():
                shutil.copy2(profile / f"cookies.sqlite{ext}", Path(td) / f"cookies.sqlite{ext}")
        con = sqlite3.connect(f"file:{dst}?mode=ro", uri=True)
        try:
            like = "%" + domain.lstrip(".")
            rows = con.execute(
                "SELECT host, name, value, path, expiry, isSecure, isHttpOnly, sameSite "
                "FROM moz_cookies WHERE host LIKE ?", (like,)
            ).fetchall()
        finally:
            con.close()

    cookies = []
    now = dt.datetime.now().timestamp()
    for host, name, value, path, expiry, secure, http_only, same_site in rows:
        if not host_matches(host, domain):
            continue  # LIKE '%hubspot.com' would also match 'nothubspot.com'
        exp = expiry / 1000 if expiry > 10**11 else expiry  # some versions store ms
        if exp and exp < now:
            continue
        cookies.append({
            "name": name,
            "value": value,
            "domain": host,
            "path": path or "/",
            "expires": float(exp) if exp else -1,
            "httpOnly": bool(http_only),
            "secure": bool(secure),
            "sameSite": SAMESITE.get(same_site, "Lax"),
        })
    return cookies


def warn_if_tracked(out: Path) -> None:
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=out.parent,
                             capture_output=True, text=True, check=True).stdout.strip()
    except (FileNotFoundError, subprocess.CalledProcessError):
        return
    r = subprocess.run(["git", "check-ignore", "-q", str(out)], cwd=top)
    if r.returncode != 0:
        print(f"WARNING: {out} is inside git repo {top} and not ignored. Add '.auth/' to .gitignore.",
              file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--domain", required=True, help="site domain, e.g. hubspot.com")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--profile", type=Path)
    a = ap.parse_args()

    if a.domain.count(".") < 1 or a.domain.strip(".") in {"com", "net", "org", "co.uk", "io"}:
        sys.exit("--domain must be a specific site, not a TLD")

    profile = a.profile or default_profile()
    cookies = export(profile, a.domain)
    if not cookies:
        sys.exit(f"no unexpired cookies for {a.domain} in {profile}. Log in with Firefox first.")

    a.out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(a.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"cookies": cookies, "origins": []}, fh, indent=2)
    warn_if_tracked(a.out.resolve())

    print(f"exported {len(cookies)} cookie(s) for {a.domain} from {profile.name} -> {a.out}")
    for c in sorted(cookies, key=lambda c: (c["domain"], c["name"])):
        exp = "session" if c["expires"] < 0 else dt.datetime.fromtimestamp(c["expires"]).strftime("%Y-%m-%d")
        print(f"  {c['domain']:<28} {c['name']:<32} expires {exp}")


if __name__ == "__main__":
    main()
