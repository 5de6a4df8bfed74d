#!/usr/bin/env python3
import argparse
import os
import shutil
import sys

TARGETS = {
    "node_modules": {"package.json"},
    ".next": {"package.json"},
    "dist": {"package.json", "pyproject.toml", "setup.py"},
    "build": {"pyproject.toml", "setup.py", "build.gradle"},
    "target": {"Cargo.toml", "pom.xml"},
    ".gradle": {"build.gradle", "settings.gradle", "build.gradle.kts"},
    "__pycache__": None,          # always regenerable
    ".pytest_cache": None,
    ".mypy_cache": None,
    ".ruff_cache": None,
}


def size_of(path):
    total = 0
    for dp, _, files in os.walk(path, followlinks=False):
        for f in files:
            try:
                total += os.lstat(os.path.join(dp, f)).st_size
            except OSError:
                pass
    return total


def human(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.0f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def check_root(root):
    real = os.path.realpath(root)
    home = os.path.realpath(os.path.expanduser("~"))
    parts = [p for p in real.split(os.sep) if p]
    if real in ("/", home) or len(parts) < 3:
        sys.exit(f"refusing to use {real!r} as root; pick a projects folder like ~/code")
    return real


def candidates(root):
    for dp, dirnames, filenames in os.walk(root, followlinks=False):
        if ".git" in dp.split(os.sep):
            continue
        for d in list(dirnames):
            full = os.path.join(dp, d)
            if os.path.islink(full) or d not in TARGETS:
                continue
            markers = TARGETS[d]
            if markers is None or markers & set(filenames):
                yield full
                dirnames.remove(d)  # don't descend into something we'll delete


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--yes", action="store_true", help="actually delete (default is dry run)")
    a = ap.parse_args()
    root = check_root(a.root)
    total = 0
    found = list(candidates(root))
    for path in found:
        s = size_of(path)
        total += s
        print(f"{human(s):>8}  {os.path.relpath(path, root)}")
    print(f"\n{len(found)} directories, {human(total)} reclaimable under {root}")
    if not a.yes:
        print("Dry run only. Re-run with --yes to delete.")
        return
    for path in found:
        assert os.path.realpath(path).startswith(root + os.sep)
        shutil.rmtree(path)
    print("Deleted.")


if __name__ == "__main__":
    main()
