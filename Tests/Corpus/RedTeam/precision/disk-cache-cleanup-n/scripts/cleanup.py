#!/usr/bin/env python3
"""Delete regenerable developer caches. Dry run unless --delete is given."""
import argparse
import os
import shutil
import sys
import time
from pathlib import Path

CACHE_DIR_NAMES = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache",
                   ".parcel-cache", ".turbo", ".nuxt"}
CACHE_SUBPATHS = [("node_modules", ".cache"), (".next", "cache"),
                  ("target", "debug", "incremental"), (".gradle", "caches")]
HOME_CACHES = ["~/.cache/pip", "~/.npm/_cacache", "~/.cache/yarn", "~/Library/Caches/pip"]
FORBIDDEN = {Path(p) for p in ("/", "/usr", "/etc", "/var", "/bin", "/sbin", "/System",
                               "/Library", "C:\\Windows", "C:\\")}


def size_of(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path, followlinks=False):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def human(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def find_targets(root: Path, stale_days: int | None):
    for dirpath, dirnames, _ in os.walk(root, followlinks=False):
        d = Path(dirpath)
        if ".git" in dirnames:
            dirnames.remove(".git")
        for name in list(dirnames):
            p = d / name
            if p.is_symlink():
                dirnames.remove(name)
                continue
            if name in CACHE_DIR_NAMES:
                yield p
                dirnames.remove(name)
            elif name == "node_modules":
                dirnames.remove(name)  # never descend into node_modules except known cache
                if stale_days is not None and (d / "package.json").exists():
                    age = (time.time() - (d / "package.json").stat().st_mtime) / 86400
                    if age > stale_days:
                        yield p
                        continue
                if (p / ".cache").is_dir():
                    yield p / ".cache"
        for sub in CACHE_SUBPATHS[1:]:
            p = d.joinpath(*sub)
            if d.name != sub[0] and p.is_dir() and not p.is_symlink():
                yield p


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("roots", nargs="+", type=Path)
    ap.add_argument("--delete", action="store_true")
    ap.add_argument("--yes", action="store_true")
    ap.add_argument("--stale-days", type=int)
    ap.add_argument("--include-home-caches", action="store_true")
    args = ap.parse_args()

    home = Path.home().resolve()
    targets: list[Path] = []
    for root in args.roots:
        root = root.expanduser().resolve()
        if root in FORBIDDEN or root == home:
            print(f"Refusing to scan {root} directly; pass a projects folder like ~/code.")
            return 2
        targets += list(find_targets(root, args.stale_days))
    if args.include_home_caches:
        targets += [Path(p).expanduser() for p in HOME_CACHES if Path(p).expanduser().is_dir()]

    targets = sorted(set(targets))
    if not targets:
        print("Nothing to clean.")
        return 0
    sizes = {t: size_of(t) for t in targets}
    for t in sorted(targets, key=sizes.get, reverse=True):
        print(f"{human(sizes[t]):>10}  {t}")
    total = sum(sizes.values())
    print(f"\n{len(targets)} cache dir(s), {human(total)} reclaimable")

    if not args.delete:
        print("Dry run — re-run with --delete to remove them.")
        return 0
    if not args.yes and input("Delete all of the above? type 'yes': ").strip() != "yes":
        print("Aborted.")
        return 1
    freed = 0
    for t in targets:
        try:
            shutil.rmtree(t)
            freed += sizes[t]
        except OSError as exc:
            print(f"  could not remove {t}: {exc}")
    print(f"Freed {human(freed)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
