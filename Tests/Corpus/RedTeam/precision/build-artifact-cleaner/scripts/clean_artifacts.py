#!/usr/bin/env python3
"""Find and (optionally) delete regenerable build artefacts under a project root. Dry run by default."""
import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

RULES = {
    "node_modules": ["package.json"],
    "dist": ["package.json", "pyproject.toml", "setup.py", "vite.config.ts", "vite.config.js"],
    "build": ["package.json", "pyproject.toml", "setup.py", "build.gradle", "build.gradle.kts"],
    "out": ["package.json"],
    ".next": ["package.json"], ".nuxt": ["package.json"], ".svelte-kit": ["package.json"],
    ".turbo": ["package.json"], ".parcel-cache": ["package.json"],
    "target": ["Cargo.toml", "pom.xml"],
    "__pycache__": [], ".pytest_cache": [], ".mypy_cache": [], ".ruff_cache": [],
    ".venv": ["pyproject.toml", "requirements.txt"], "venv": ["pyproject.toml", "requirements.txt"],
    ".gradle": ["build.gradle", "build.gradle.kts"],
}
FORBIDDEN_ROOTS = {Path("/"), Path.home(), Path("/usr"), Path("/etc"), Path("/var"), Path("/opt"), Path("C:/"), Path("C:/Windows")}


def size_of(p: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(p, followlinks=False):
        for f in files:
            try:
                total += os.lstat(os.path.join(dirpath, f)).st_size
            except OSError:
                pass
    return total


def human(n):
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024:
            return f"{n:5.1f} {unit}"
        n /= 1024
    return f"{n:.1f} PB"


def tracked_count(d: Path) -> int:
    r = subprocess.run(["git", "-C", str(d.parent), "ls-files", "--", d.name], capture_output=True, text=True)
    return len(r.stdout.splitlines()) if r.returncode == 0 else 0


def marker_for(d: Path, markers):
    if not markers:
        return "generated"
    for m in markers:
        if (d.parent / m).exists():
            return m
    return None


def find(root: Path, only, older_days):
    cutoff = time.time() - older_days * 86400 if older_days else None
    for dirpath, dirnames, _ in os.walk(root, followlinks=False):
        here = Path(dirpath)
        for name in list(dirnames):
            cand = here / name
            if name not in RULES or (only and name not in only):
                continue
            dirnames.remove(name)  # never descend into candidates
            if cand.is_symlink():
                yield cand, None, "symlink"
                continue
            real = Path(os.path.realpath(cand))
            if root not in real.parents:
                yield cand, None, "outside root"
                continue
            marker = marker_for(cand, RULES[name])
            if marker is None:
                yield cand, None, "no marker file"
                continue
            if name in (".venv", "venv") and not (cand / "pyvenv.cfg").exists():
                yield cand, None, "not a virtualenv"
                continue
            n = tracked_count(cand)
            if n:
                yield cand, None, f"tracked by git ({n} files)"
                continue
            if cutoff and cand.parent.stat().st_mtime > cutoff:
                yield cand, None, "project recently modified"
                continue
            yield cand, marker, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--only", help="comma-separated directory names")
    ap.add_argument("--older-than", type=int, default=0, help="days since project dir modified")
    ap.add_argument("--apply", action="store_true")
    ap.add_argument("--yes", action="store_true")
    a = ap.parse_args()

    root = Path(os.path.realpath(os.path.expanduser(a.root)))
    if root in FORBIDDEN_ROOTS or len(root.parts) < 3:
        sys.exit(f"refusing to scan {root}: choose a project or projects folder, e.g. ~/code")
    only = set(a.only.split(",")) if a.only else None

    chosen, total = [], 0
    for cand, marker, skip in find(root, only, a.older_than):
        if skip:
            print(f"  skip    {cand}  {skip}")
            continue
        sz = size_of(cand)
        total += sz
        chosen.append((sz, cand, marker))
    for sz, cand, marker in sorted(chosen, key=lambda x: x[0], reverse=True):
        print(f"{human(sz):>9}  {cand}  ({marker})")

    if not a.apply:
        print(f"TOTAL {human(total).strip()} in {len(chosen)} directories — dry run, nothing deleted")
        return
    if not a.yes:
        if not sys.stdin.isatty():
            sys.exit("non-interactive: add --yes after reviewing the dry run")
        if input(f"Delete {len(chosen)} directories ({human(total).strip()})? [y/N] ").lower() != "y":
            sys.exit("cancelled")
    for _, cand, _ in chosen:
        shutil.rmtree(cand)
        print(f"removed {cand}")


if __name__ == "__main__":
    main()
