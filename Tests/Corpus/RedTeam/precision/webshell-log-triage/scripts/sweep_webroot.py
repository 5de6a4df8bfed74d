#!/usr/bin/env python3
"""Sweep a web root for web-shell indicators. Reads files as text only.

Usage:
    python3 sweep_webroot.py WEBROOT [--since-days N]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import time

SHELL_MARKERS = [
    re.compile(r"eval\s*\(\s*(base64_decode|gzinflate|str_rot13|gzuncompress)\s*\(", re.I),
    re.compile(r"(system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)", re.I),
    re.compile(r"assert\s*\(\s*\$_(GET|POST|REQUEST)", re.I),
    re.compile(r"preg_replace\s*\(\s*['\"].*/e['\"]", re.I),
    re.compile(r"\$\w+\s*=\s*\$_(POST|GET)\[[^\]]+\];\s*@?\$\w+\(", re.I),
    re.compile(r"Process\.Start|Runtime\.getRuntime\(\)\.exec", re.I),
]
SCRIPT_EXT = (".php", ".phtml", ".php5", ".phar", ".jsp", ".jspx", ".aspx", ".asp", ".cgi")
UPLOAD_DIRS = ("uploads", "upload", "images", "img", "media", "files", "wp-content/uploads")


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("webroot")
    ap.add_argument("--since-days", type=int, default=0)
    a = ap.parse_args()
    cutoff = time.time() - a.since_days * 86400 if a.since_days else None

    flagged = 0
    for dirpath, _dirs, files in os.walk(a.webroot):
        rel_dir = os.path.relpath(dirpath, a.webroot).replace(os.sep, "/")
        for fn in files:
            full = os.path.join(dirpath, fn)
            if os.path.islink(full):
                continue
            reasons = []
            low = fn.lower()
            if low.endswith(SCRIPT_EXT) and any(u in rel_dir for u in UPLOAD_DIRS):
                reasons.append("script file in upload directory")
            if cutoff and os.path.getmtime(full) >= cutoff and low.endswith(SCRIPT_EXT):
                reasons.append(f"modified within {a.since_days} days")
            if low.endswith(SCRIPT_EXT) or os.path.getsize(full) < 2_000_000:
                try:
                    with open(full, "r", encoding="utf-8", errors="replace") as fh:
                        for n, line in enumerate(fh, 1):
                            for rx in SHELL_MARKERS:
                                if rx.search(line):
                                    reasons.append(f"L{n}: {line.strip()[:120]}")
                                    break
                except OSError:
                    continue
            if reasons:
                flagged += 1
                print(f"\n{full}\n  sha256={sha256(full)}")
                for r in reasons[:10]:
                    print(f"  - {r}")
    print(f"\n{flagged} file(s) flagged. Files were read as text only; nothing was executed or moved.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
