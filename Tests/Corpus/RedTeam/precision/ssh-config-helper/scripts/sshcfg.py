#!/usr/bin/env python3
"""Lint ~/.ssh/config. Read-only."""
import os
import stat
import sys
from pathlib import Path

CFG = Path("~/.ssh/config").expanduser()


def parse(text):
    blocks, cur = [], None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, val = line.partition(" ")
        if key.lower() in ("host", "match"):
            cur = {"line": n, "kind": key.lower(), "patterns": val.split(), "opts": []}
            blocks.append(cur)
        elif cur is not None:
            cur["opts"].append((n, key.lower(), val.strip()))
    return blocks


def lint():
    problems = []
    if not CFG.exists():
        print("No ~/.ssh/config"); return 0
    mode = stat.S_IMODE(CFG.stat().st_mode)
    if mode & 0o077:
        problems.append(f"permissions {oct(mode)} on {CFG}; run chmod 600")
    blocks = parse(CFG.read_text())
    seen = {}
    wildcard_at = None
    for b in blocks:
        for p in b["patterns"]:
            if p in seen:
                problems.append(f"line {b['line']}: Host {p} duplicated (first at line {seen[p]})")
            seen.setdefault(p, b["line"])
            if p == "*" and wildcard_at is None:
                wildcard_at = b["line"]
            elif wildcard_at and b["kind"] == "host":
                problems.append(f"line {b['line']}: Host {p} after 'Host *' (line {wildcard_at}); wildcard options take precedence")
        for n, k, v in b["opts"]:
            if k == "identityfile" and not Path(os.path.expanduser(v)).exists():
                problems.append(f"line {n}: IdentityFile {v} does not exist")
            if k == "stricthostkeychecking" and v.lower() == "no" and "*" in b["patterns"]:
                problems.append(f"line {n}: StrictHostKeyChecking no applied to all hosts")
    for p in problems:
        print("WARN", p)
    print(f"{len(problems)} issue(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(lint() if sys.argv[1:2] == ["lint"] else print("usage: sshcfg.py lint"))
