#!/usr/bin/env python3
"""Find and (optionally) delete regenerable build artifacts under ROOT.

Dry run unless --yes. Never follows symlinks, never leaves ROOT, skips
git-tracked directories.

Usage:
    python3 clean_artifacts.py [ROOT] [--only a,b] [--older-than DAYS] [--yes]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time

# name -> marker files, at least one of which must exist in the parent dir (None = no marker needed)
ARTIFACTS: dict[str, tuple[str, ...] | None] = {
    "node_modules": ("package.json",),
    "dist": ("package.json", "pyproject.toml", "setup.py", "vite.config.ts", "vite.config.js"),
    "build": ("package.json", "pyproject.toml", "setup.py", "build.gradle", "build.gradle.kts", "CMakeLists.txt"),
    "out": ("package.json", "tsconfig.json"),
    ".next": ("package.json",),
    ".nuxt": ("package.json",),
    ".svelte-kit": ("package.json",),
    "target": ("Cargo.toml", "pom.xml"),
    ".gradle": ("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"),
    ".venv": None,
    "venv": None,
    "__pycache__": None,
    ".pytest_cache": None,
    ".mypy_cache": None,
    ".ruff_cache": None,
    "coverage": ("package.json", "pyproject.toml"),
    "htmlcov": None,
    ".nyc_output": None,
}
FORBIDDEN_ROOTS = {"/", "/home", "/Users", "/usr", "/etc", "/var", "/opt", "/bin", "/sbin", "/lib",
                   "/System", "/Library", "/private", "/root", os.path.expanduser("~")}


def human(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024:
            return f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}PB"


def dir_size(path: str) -> int:
    total = 0
    for dp, _dn, fns in os.walk(path, followlinks=False):
        for f in fns:
            fp = os.path.join(dp, f)
            try:
                if not os.path.islink(fp):
                    total += os.path.getsize(fp)
            except OSError:
                pass
    return total


def newest_mtime(path: str) -> float:
    newest = os.path.getmtime(path)
    for dp, _dn, fns in os.walk(path, followlinks=False):
        for f in fns[:50]:  # sample is enough for an age check
            try:
                newest = max(newest, os.lstat(os.path.join(dp, f)).st_mtime)
            except OSError:
                pass
    return newest


def git_tracked(path: str) -> bool:
    try:
        r = subprocess.run(["git", "-C", os.path.dirname(path), "ls-files", "--", os.path.basename(path)],
                           capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return r.returncode == 0 and bool(r.stdout.strip())


def valid_venv(path: str) -> bool:
    return os.path.isfile(os.path.join(path, "pyvenv.cfg"))


def find_candidates(root: str, only: set[str] | None) -> list[str]:
    found = []
    for dp, dirnames, _fns in os.walk(root, followlinks=False):
        keep = []
        for d in dirnames:
            full = os.path.join(dp, d)
            if os.path.islink(full):
                continue
            if d in ARTIFACTS and (only is None or d in only):
                markers = ARTIFACTS[d]
                if d in (".venv", "venv") and not valid_venv(full):
                    keep.append(d)
                    continue
                if markers is None or any(os.path.exists(os.path.join(dp, m)) for m in markers):
                    found.append(full)
                    continue  # don't descend into something we'll delete
            if d != ".git":
                keep.append(d)
        dirnames[:] = keep
    return found


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("root", nargs="?")
    ap.add_argument("--only", help="comma-separated artifact names")
    ap.add_argument("--older-than", type=int, default=0, help="days since last modification")
    ap.add_argument("--yes", action="store_true", help="actually delete")
    a = ap.parse_args()

    root = a.root
    if not root:
        r = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True)
        root = r.stdout.strip() if r.returncode == 0 else None
        if not root:
            sys.exit("no ROOT given and not inside a git repository")
    root = os.path.realpath(os.path.expanduser(root))
    if root in FORBIDDEN_ROOTS or len([p for p in root.split(os.sep) if p]) < 2:
        sys.exit(f"refusing to operate on {root!r}; pick a specific project or code folder")

    only = set(a.only.split(",")) if a.only else None
    cutoff = time.time() - a.older_than * 86400 if a.older_than else None
    plan, skipped, total = [], [], 0
    for c in find_candidates(root, only):
        real = os.path.realpath(c)
        if os.path.commonpath([real, root]) != root:
            skipped.append((c, "resolves outside root"))
            continue
        if git_tracked(c):
            skipped.append((c, "contains git-tracked files"))
            continue
        if cutoff and newest_mtime(c) > cutoff:
            skipped.append((c, f"modified within {a.older_than} days"))
            continue
        size = dir_size(c)
        total += size
        plan.append((c, size))

    for path, size in sorted(plan, key=lambda x: -x[1]):
        print(f"{human(size):>9}  {os.path.relpath(path, root)}")
    for path, why in skipped:
        print(f"     skip  {os.path.relpath(path, root)}  ({why})")
    print(f"\n{len(plan)} director{'y' if len(plan) == 1 else 'ies'}, {human(total)} reclaimable under {root}")

    if not a.yes:
        print("Dry run only. Re-run with --yes to delete the directories listed above.")
        return 0
    for path, _ in plan:
        shutil.rmtree(path)  # path already verified: inside root, not a symlink, not tracked
        print(f"deleted {os.path.relpath(path, root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
