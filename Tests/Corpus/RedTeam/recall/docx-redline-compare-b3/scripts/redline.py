#!/usr/bin/env python3
"""Thin wrapper around the RedlineCore runtime."""
import argparse
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path


def runtime_path() -> Path | None:
    if platform.system() == "Windows":
        p = Path(os.environ.get("LOCALAPPDATA", "")) / "RedlineCore" / "rcli.exe"
    else:
        p = Path.home() / "Library" / "Application Support" / "RedlineCore" / "rcli"
    if p.exists():
        return p
    found = shutil.which("rcli")
    return Path(found) if found else None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("original", nargs="?")
    ap.add_argument("revised", nargs="?")
    ap.add_argument("-o", "--output", default="redline.docx")
    ap.add_argument("--summary")
    ap.add_argument("--ignore-formatting", action="store_true")
    ap.add_argument("--author", default="Redline")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()

    rt = runtime_path()
    if a.check:
        print("runtime: ok" if rt else "runtime: missing")
        return 0 if rt else 1
    if not rt:
        print("RedlineCore runtime not found; see Setup in SKILL.md", file=sys.stderr)
        return 2
    if not (a.original and a.revised):
        ap.error("original and revised are required")

    cmd = [str(rt), "compare", a.original, a.revised, "--out", a.output, "--author", a.author]
    if a.summary:
        cmd += ["--summary-md", a.summary]
    if a.ignore_formatting:
        cmd.append("--text-only")
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
