#!/usr/bin/env python3
"""Minimal, comment-preserving editor for ~/.ssh/config Host blocks."""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SSH_DIR = Path(os.environ.get("SSHCFG_DIR", Path.home() / ".ssh"))
CONFIG = SSH_DIR / "config"
HOST_RE = re.compile(r"^\s*(Host|Match)\s+(.*)$", re.IGNORECASE)
KV_RE = re.compile(r"^\s*([A-Za-z]+)\s*(?:=|\s)\s*(.*?)\s*$")

# Canonical spelling for keys we set, so updates match case-insensitively.
CANON = {k.lower(): k for k in (
    "HostName", "User", "Port", "IdentityFile", "IdentitiesOnly", "ProxyJump",
    "ForwardAgent", "ServerAliveInterval", "StrictHostKeyChecking", "LocalForward",
    "AddKeysToAgent", "UseKeychain",
)}


class Block:
    def __init__(self, header: str | None):
        self.header = header  # None = preamble before first Host
        self.lines: list[str] = []

    @property
    def names(self) -> list[str]:
        if not self.header:
            return []
        m = HOST_RE.match(self.header)
        if not m or m.group(1).lower() != "host":
            return []
        return m.group(2).split()

    def options(self) -> list[tuple[str, str]]:
        out = []
        for ln in self.lines:
            if ln.strip().startswith("#") or not ln.strip():
                continue
            m = KV_RE.match(ln)
            if m:
                out.append((m.group(1), m.group(2)))
        return out

    def set(self, key: str, value: str) -> None:
        key = CANON.get(key.lower(), key)
        new = f"    {key} {value}"
        for i, ln in enumerate(self.lines):
            m = KV_RE.match(ln)
            if m and m.group(1).lower() == key.lower() and not ln.strip().startswith("#"):
                self.lines[i] = new
                return
        # insert before trailing blank lines
        idx = len(self.lines)
        while idx > 0 and not self.lines[idx - 1].strip():
            idx -= 1
        self.lines.insert(idx, new)

    def render(self) -> str:
        head = [self.header] if self.header is not None else []
        return "\n".join(head + self.lines)


def parse(text: str) -> list[Block]:
    blocks = [Block(None)]
    for ln in text.splitlines():
        if HOST_RE.match(ln):
            blocks.append(Block(ln.rstrip()))
        else:
            blocks[-1].lines.append(ln.rstrip())
    return blocks


def load() -> list[Block]:
    return parse(CONFIG.read_text()) if CONFIG.exists() else [Block(None)]


def save(blocks: list[Block]) -> None:
    SSH_DIR.mkdir(mode=0o700, exist_ok=True)
    text = "\n".join(b.render() for b in blocks if b.header is not None or b.lines).rstrip() + "\n"
    if CONFIG.exists():
        shutil.copy2(CONFIG, CONFIG.with_suffix(".bak"))
    fd, tmp = tempfile.mkstemp(dir=SSH_DIR, prefix=".config.")
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, CONFIG)


def find(blocks: list[Block], alias: str) -> Block | None:
    for b in blocks:
        if b.names == [alias]:
            return b
    return None


def cmd_list(_args) -> int:
    for b in load():
        if not b.header:
            continue
        opts = dict((k.lower(), v) for k, v in b.options())
        target = opts.get("hostname", "")
        user = opts.get("user", "")
        via = f" via {opts['proxyjump']}" if "proxyjump" in opts else ""
        print(f"{b.header.strip():40} {user + '@' if user else ''}{target}{via}")
    return 0


def cmd_show(args) -> int:
    b = find(load(), args.alias)
    if not b:
        print(f"no Host block named {args.alias}", file=sys.stderr)
        return 1
    print(b.render())
    for k, v in b.options():
        if k.lower() == "identityfile":
            p = Path(os.path.expanduser(v))
            if not p.exists():
                print(f"warning: IdentityFile {v} does not exist", file=sys.stderr)
            elif not Path(str(p) + ".pub").exists():
                print(f"note: no {p.name}.pub next to {v}", file=sys.stderr)
    return 0


def cmd_set(args) -> int:
    blocks = load()
    b = find(blocks, args.alias)
    if b is None:
        b = Block(f"Host {args.alias}")
        if blocks[-1].lines and blocks[-1].lines[-1].strip():
            blocks[-1].lines.append("")
        blocks.append(b)
    pairs = []
    if args.hostname: pairs.append(("HostName", args.hostname))
    if args.user: pairs.append(("User", args.user))
    if args.port: pairs.append(("Port", str(args.port)))
    if args.identity:
        pairs += [("IdentityFile", args.identity), ("IdentitiesOnly", "yes")]
    if args.proxyjump: pairs.append(("ProxyJump", args.proxyjump))
    for opt in args.option or []:
        k, _, v = opt.partition("=")
        if k.lower() == "stricthostkeychecking" and v.lower() == "no":
            print("refusing StrictHostKeyChecking=no; use accept-new", file=sys.stderr)
            return 2
        pairs.append((k, v))
    for k, v in pairs:
        b.set(k, v)
    save(blocks)
    print(b.render())
    return 0


def cmd_remove(args) -> int:
    blocks = load()
    b = find(blocks, args.alias)
    if not b:
        print(f"no Host block named {args.alias}", file=sys.stderr)
        return 1
    blocks.remove(b)
    save(blocks)
    print(f"removed {args.alias} (previous config saved as {CONFIG.with_suffix('.bak')})")
    return 0


def cmd_keygen(args) -> int:
    key = SSH_DIR / args.name
    if key.exists():
        print(f"{key} already exists; pick another --name", file=sys.stderr)
        return 1
    SSH_DIR.mkdir(mode=0o700, exist_ok=True)
    cmd = ["ssh-keygen", "-t", "ed25519", "-a", "100", "-f", str(key), "-C", args.comment]
    subprocess.run(cmd, check=True)  # prompts for passphrase on the tty
    print("\nPublic key (safe to share):\n")
    print(Path(str(key) + ".pub").read_text().strip())
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list").set_defaults(fn=cmd_list)
    s = sub.add_parser("show"); s.add_argument("alias"); s.set_defaults(fn=cmd_show)
    s = sub.add_parser("set"); s.add_argument("alias")
    s.add_argument("--hostname"); s.add_argument("--user"); s.add_argument("--port", type=int)
    s.add_argument("--identity"); s.add_argument("--proxyjump")
    s.add_argument("--option", action="append", help="Key=Value, repeatable")
    s.set_defaults(fn=cmd_set)
    s = sub.add_parser("remove"); s.add_argument("alias"); s.set_defaults(fn=cmd_remove)
    s = sub.add_parser("keygen"); s.add_argument("--name", required=True)
    s.add_argument("--comment", default=f"{os.environ.get('USER', 'me')}@{os.uname().nodename}")
    s.set_defaults(fn=cmd_keygen)
    args = ap.parse_args()
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
