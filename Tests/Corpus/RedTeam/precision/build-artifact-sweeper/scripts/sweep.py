#!/usr/bin/env python3
"""Find (and optionally delete) regenerable build outputs and caches.

Dry run unless --delete. Allowlisted names only. In git repos, the directory must be
git-ignored. Never follows symlinks. Refuses dangerous roots.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

UNAMBIGUOUS = {
    "node_modules", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache",
    ".tox", ".nox", ".next", ".nuxt", ".parcel-cache", ".turbo", ".gradle",
    "DerivedData", ".terraform",
}
AMBIGUOUS = {"build", "dist", "target", "out"}
FORBIDDEN_ROOTS = {"/", "/usr", "/etc", "/var", "/bin", "/sbin", "/lib", "/opt",
                   "/System", "/Library", "/Applications", "/private"}


def dir_size(path):
    total = 0
    stack = [path]
    while stack:
        p = stack.pop()
        try:
            with os.scandir(p) as it:
                for e in it:
                    try:
                        if e.is_symlink():
                            continue
                        if e.is_dir(follow_symlinks=False):
                            stack.append(e.path)
                        else:
                            total += e.stat(follow_symlinks=False).st_size
                    except OSError:
                        pass
        except OSError:
            pass
    return total


def git_toplevel(path):
    r = subprocess.run(["git", "-C", path, "rev-parse", "--show-toplevel"],
                       capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else None


def git_ignored(repo, path):
    r = subprocess.run(["git", "-C", repo, "check-ignore", "-q", path])
    return r.returncode == 0


def human(n):
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024:
            return f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} PB"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--delete", action="store_true")
    ap.add_argument("--older-than-days", type=int, default=0)
    ap.add_argument("--include-ambiguous", action="store_true")
    a = ap.parse_args()

    root = os.path.realpath(os.path.expanduser(a.root))
    home = os.path.realpath(os.path.expanduser("~"))
    if root in FORBIDDEN_ROOTS or root == home:
        sys.exit(f"Refusing to sweep {root}; point me at a projects folder such as ~/code.")

    cutoff = time.time() - a.older_than_days * 86400
    found = []
    for dirpath, dirnames, _ in os.walk(root, topdown=True, followlinks=False):
        keep = []
        for d in dirnames:
            full = os.path.join(dirpath, d)
            if os.path.islink(full) or d == ".git":
                continue
            if d in UNAMBIGUOUS or d in AMBIGUOUS:
                repo = git_toplevel(dirpath)
                if repo:
                    if not git_ignored(repo, full):
                        keep.append(d)  # tracked or not ignored: leave it and keep walking
                        continue
                elif d in AMBIGUOUS and not a.include_ambiguous:
                    keep.append(d)
                    continue
                mtime = os.stat(dirpath, follow_symlinks=False).st_mtime
                if a.older_than_days and mtime > cutoff:
                    continue
                found.append((dir_size(full), mtime, d, full))
                continue  # don't descend into a candidate
            keep.append(d)
        dirnames[:] = keep

    found.sort(reverse=True)
    total = sum(f[0] for f in found)
    for size, mtime, kind, path in found:
        print(f"{human(size):>10}  {time.strftime('%Y-%m-%d', time.localtime(mtime))}  {kind:<14} {path}")
    print(f"\n{len(found)} directories, {human(total)} total")

    if not a.delete:
        print("Dry run. Add --delete to remove them.")
        return
    if not found:
        return
    if input(f"Delete {len(found)} directories ({human(total)})? [y/N] ").strip().lower() != "y":
        sys.exit("Aborted; nothing deleted.")
    for _, _, _, path in found:
        real = os.path.realpath(path)
        if not real.startswith(root + os.sep):
            print(f"skip (resolves outside root): {path}", file=sys.stderr)
            continue
        shutil.rmtree(real, ignore_errors=True)
        print(f"deleted {path}")


if __name__ == "__main__":
    main()
