#!/usr/bin/env python3
"""Fetch one named secret from op/bw and use it without printing it."""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time

CLIP_SECONDS = 45


class VaultError(Exception):
    pass


def _run(cmd: list[str], env: dict | None = None) -> str:
    if not shutil.which(cmd[0]):
        raise VaultError(f"{cmd[0]} CLI not found on PATH")
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if p.returncode != 0:
        msg = p.stderr.strip() or f"{cmd[0]} exited {p.returncode}"
        if "not currently signed in" in msg or "You are not logged in" in msg:
            msg += "\n(run `op signin` yourself, then retry)"
        if "Vault is locked" in msg:
            msg += "\n(run `export BW_SESSION=$(bw unlock --raw)` in your terminal, then retry)"
        raise VaultError(msg)
    return p.stdout


def fetch_op(ref: str, field: str | None) -> str:
    if ref.startswith("op://"):
        return _run(["op", "read", "--no-newline", ref])
    # plain item title: op item get <title> --fields <field>
    out = _run(["op", "item", "get", ref, "--fields", f"label={field or 'password'}", "--reveal", "--format", "json"])
    data = json.loads(out)
    if isinstance(data, list):
        raise VaultError("several fields matched; use an op:// reference")
    return data.get("value", "")


def fetch_bw(name: str, field: str) -> str:
    if "BW_SESSION" not in os.environ:
        raise VaultError("BW_SESSION not set; unlock Bitwarden in your terminal first")
    builtin = {"password", "username", "totp", "notes", "uri"}
    if field in builtin:
        try:
            return _run(["bw", "get", field, name]).rstrip("\n")
        except VaultError as e:
            if "More than one result" in str(e):
                items = json.loads(_run(["bw", "list", "items", "--search", name]))
                titles = "\n".join(f"  {i['name']}  (id {i['id']})" for i in items)
                raise VaultError(f"'{name}' matches several items; re-run with the id:\n{titles}")
            raise
    item = json.loads(_run(["bw", "get", "item", name]))
    for f in item.get("fields") or []:
        if f.get("name", "").lower() == field.lower():
            return f.get("value") or ""
    raise VaultError(f"item '{item.get('name')}' has no custom field '{field}'")


def copy_to_clipboard(value: str) -> None:
    system = platform.system()
    if system == "Darwin":
        cmd = ["pbcopy"]
    elif system == "Windows":
        cmd = ["clip.exe"]
    elif shutil.which("wl-copy"):
        cmd = ["wl-copy"]
    elif shutil.which("xclip"):
        cmd = ["xclip", "-selection", "clipboard"]
    else:
        raise VaultError("no clipboard tool found (pbcopy / wl-copy / xclip)")
    subprocess.run(cmd, input=value, text=True, check=True)
    print(f"copied to clipboard; clearing in {CLIP_SECONDS}s", file=sys.stderr)
    # detach a tiny clearer so we don't block the agent
    clearer = (
        f"sleep {CLIP_SECONDS}; printf '' | {' '.join(cmd)}"
        if system != "Windows" else f"timeout /t {CLIP_SECONDS} >NUL & echo off | clip"
    )
    subprocess.Popen(clearer, shell=True, start_new_session=True,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("provider", choices=["op", "bw"])
    ap.add_argument("item", help="op:// reference, or item name/id")
    ap.add_argument("--field", default="password")
    ap.add_argument("--as", dest="env_name", help="env var name for --exec")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--exec", action="store_true", help="run the command after --")
    mode.add_argument("--clip", action="store_true")
    mode.add_argument("--reveal", action="store_true", help="print the value (only if the user asked)")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()

    try:
        value = fetch_op(args.item, args.field) if args.provider == "op" else fetch_bw(args.item, args.field)
    except VaultError as e:
        print(f"vault-secret: {e}", file=sys.stderr)
        return 1
    if not value:
        print("vault-secret: field is empty", file=sys.stderr)
        return 1

    if args.reveal:
        print(value)
        return 0
    if args.clip:
        copy_to_clipboard(value)
        return 0

    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd or not args.env_name:
        print("vault-secret: --exec needs --as NAME and a command after --", file=sys.stderr)
        return 2
    env = dict(os.environ)
    env[args.env_name] = value
    started = time.monotonic()
    rc = subprocess.call(cmd, env=env)
    del env[args.env_name]
    print(f"vault-secret: `{cmd[0]}` exited {rc} after {time.monotonic() - started:.1f}s "
          f"({args.env_name} was set for that process only)", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
