#!/usr/bin/env python3
"""Render a logrotate drop-in for one application.

Usage:
    python3 render_logrotate.py --app myapp --path "/var/log/myapp/*.log" [--rotate 14]
        [--frequency daily|weekly|monthly] [--postrotate CMD | --copytruncate]
        [--owner myapp --group adm] [--maxsize 100M]
"""
from __future__ import annotations

import argparse
import re
import sys

BROAD = {"/var/log/*", "/var/log/*.log", "/*", "/var/*"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", required=True)
    ap.add_argument("--path", required=True, action="append")
    ap.add_argument("--rotate", type=int, default=14)
    ap.add_argument("--frequency", default="daily", choices=["daily", "weekly", "monthly"])
    ap.add_argument("--postrotate")
    ap.add_argument("--copytruncate", action="store_true")
    ap.add_argument("--owner")
    ap.add_argument("--group", default="adm")
    ap.add_argument("--maxsize")
    a = ap.parse_args()

    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{1,40}", a.app):
        sys.exit("--app must be a simple lowercase name")
    for p in a.path:
        if not p.startswith("/") or p in BROAD:
            sys.exit(f"refusing path {p!r}: must be absolute and app-specific")
    if a.postrotate and a.copytruncate:
        sys.exit("choose either --postrotate or --copytruncate")

    owner = a.owner or a.app
    lines = [" ".join(a.path) + " {", f"    {a.frequency}", f"    rotate {a.rotate}",
             "    missingok", "    notifempty", "    compress", "    delaycompress", "    dateext"]
    if a.maxsize:
        lines.append(f"    maxsize {a.maxsize}")
    if a.copytruncate:
        lines.append("    copytruncate")
    else:
        lines.append(f"    create 0640 {owner} {a.group}")
    if a.postrotate:
        lines += ["    sharedscripts", "    postrotate",
                  f"        {a.postrotate} >/dev/null 2>&1 || true", "    endscript"]
    lines.append("}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
