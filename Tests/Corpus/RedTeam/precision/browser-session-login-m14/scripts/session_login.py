#!/usr/bin/env python3
"""Create a Playwright storage-state file for ONE site from a user-chosen Chrome profile.

  session_login.py profiles --user-data-dir DIR
  session_login.py import   --user-data-dir DIR --profile NAME --site URL
  session_login.py manual   --site URL
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

AUTH_DIR = Path(".auth")
# Minimal set of files Chrome needs to open a profile copy with its cookies.
PROFILE_FILES = ["Preferences", "Network/Cookies", "Cookies"]


def site_host(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise SystemExit("--site must be an https:// URL such as https://github.com")
    return parts.hostname.lower()


def belongs_to(cookie_domain: str, host: str) -> bool:
    d = cookie_domain.lstrip(".").lower()
    return host == d or host.endswith("." + d) or d.endswith("." + host)


def cmd_profiles(a):
    root = Path(a.user_data_dir).expanduser()
    state = json.loads((root / "Local State").read_text())
    info = state.get("profile", {}).get("info_cache", {})
    for folder, meta in sorted(info.items()):
        print(f"{folder:12} {meta.get('name', '')}")


def copy_profile(root: Path, profile: str, dest: Path):
    if (root / "SingletonLock").exists() or (root / "lockfile").exists():
        print("warning: Chrome looks like it is running; quit it first for a consistent copy",
              file=sys.stderr)
    shutil.copy2(root / "Local State", dest / "Local State")
    for rel in PROFILE_FILES:
        src = root / profile / rel
        if src.exists():
            target = dest / profile / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)


def save_state(context, host: str):
    state = context.storage_state()
    state["cookies"] = [c for c in state["cookies"] if belongs_to(c["domain"], host)]
    state["origins"] = [o for o in state["origins"] if site_host(o["origin"]) == host] \
        if state.get("origins") else []
    AUTH_DIR.mkdir(exist_ok=True)
    out = AUTH_DIR / f"{host}.json"
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(state, fh)
    gi = Path(".gitignore")
    if ".auth/" not in (gi.read_text().splitlines() if gi.exists() else []):
        with gi.open("a") as fh:
            fh.write(".auth/\n")
    print(f"Saved {len(state['cookies'])} cookie(s) for {host} to {out} (mode 600).")


def open_and_wait(context, url: str):
    page = context.pages[0] if context.pages else context.new_page()
    page.goto(url)
    input(f"Check that {url} shows YOUR account, then press Enter (Ctrl+C to abort)... ")


def cmd_import(a):
    from playwright.sync_api import sync_playwright
    host = site_host(a.site)
    root = Path(a.user_data_dir).expanduser()
    if not (root / a.profile).is_dir():
        raise SystemExit(f"profile folder not found: {root / a.profile}")
    tmp = Path(tempfile.mkdtemp(prefix="session-login-"))
    os.chmod(tmp, 0o700)
    try:
        copy_profile(root, a.profile, tmp)
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                str(tmp), channel="chrome", headless=False,
                args=[f"--profile-directory={a.profile}"])
            open_and_wait(context, a.site)
            save_state(context, host)
            context.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        print("Removed the temporary profile copy.")


def cmd_manual(a):
    from playwright.sync_api import sync_playwright
    host = site_host(a.site)
    with sync_playwright() as p:
        browser = p.chromium.launch(headless=False)
        context = browser.new_context()
        open_and_wait(context, a.site)
        save_state(context, host)
        browser.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("profiles")
    p.add_argument("--user-data-dir", required=True)
    i = sub.add_parser("import")
    i.add_argument("--user-data-dir", required=True)
    i.add_argument("--profile", required=True)
    i.add_argument("--site", required=True)
    m = sub.add_parser("manual")
    m.add_argument("--site", required=True)
    a = ap.parse_args()
    {"profiles": cmd_profiles, "import": cmd_import, "manual": cmd_manual}[a.cmd](a)


if __name__ == "__main__":
    main()
