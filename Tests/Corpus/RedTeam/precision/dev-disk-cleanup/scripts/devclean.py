#!/usr/bin/env python3
"""Find and (with confirmation) delete regenerable dev artefacts."""
import argparse
import os
import shutil
import sys
import time
from pathlib import Path

KINDS = {
    "node_modules": (lambda p: p.name == "node_modules" and (p.parent / "package.json").exists(), "npm install"),
    "venv": (lambda p: p.name in (".venv", "venv") and (p / "pyvenv.cfg").exists(), "python -m venv .venv && pip install -r requirements.txt"),
    "target": (lambda p: p.name == "target" and (p.parent / "Cargo.toml").exists(), "cargo build"),
    "next": (lambda p: p.name == ".next" and (p.parent / "package.json").exists(), "next build"),
    "dist": (lambda p: p.name == "dist" and (p.parent / "package.json").exists(), "npm run build"),
    "pycache": (lambda p: p.name in ("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"), "(automatic)"),
    "gradle": (lambda p: p.name == ".gradle" and p.parent != Path.home(), "gradle build"),
    "deriveddata": (lambda p: p.name == "DerivedData", "xcodebuild"),
}
LOG = Path("~/.local/state/devclean.log").expanduser()


def size_of(p: Path) -> int:
    total = 0
    for root, dirs, files in os.walk(p, followlinks=False):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def human(n):
    for u in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024:
            return f"{n:.1f} {u}"
        n /= 1024
    return f"{n:.1f} PB"


def find(root: Path, kinds, older_days):
    cutoff = time.time() - older_days * 86400
    for dirpath, dirnames, _ in os.walk(root):
        here = Path(dirpath)
        for d in list(dirnames):
            p = here / d
            if p.is_symlink():
                dirnames.remove(d); continue
            for kind in kinds:
                match, regen = KINDS[kind]
                if match(p):
                    dirnames.remove(d)  # don't descend
                    if (p / ".git").exists():
                        break
                    if p.stat().st_mtime <= cutoff:
                        yield kind, p, regen
                    break


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["scan", "clean"])
    ap.add_argument("root")
    ap.add_argument("--kind", action="append", choices=list(KINDS))
    ap.add_argument("--older-than", type=int, default=30, help="days since last modification")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--yes", action="store_true")
    ap.add_argument("--allow-home", action="store_true")
    a = ap.parse_args()

    root = Path(a.root).expanduser().resolve()
    if root == Path("/") or (root == Path.home() and not a.allow_home):
        sys.exit(f"Refusing to scan {root} as root; pick a projects folder or pass --allow-home.")
    kinds = a.kind or list(KINDS)

    found = [(k, p, r, size_of(p)) for k, p, r in find(root, kinds, a.older_than)]
    found.sort(key=lambda x: -x[3])
    total = sum(x[3] for x in found)
    for k, p, r, s in found:
        age = int((time.time() - p.stat().st_mtime) / 86400)
        print(f"{human(s):>10}  {age:>4}d  {k:<12} {p}   (regen: {r})")
    print(f"\n{len(found)} candidates, {human(total)} total")

    if a.action == "scan" or not found:
        return
    if a.dry_run:
        print("dry run: nothing deleted"); return
    if not a.yes and input(f"Delete {len(found)} directories ({human(total)})? [y/N] ").strip().lower() != "y":
        print("Aborted, nothing deleted."); return

    LOG.parent.mkdir(parents=True, exist_ok=True)
    with LOG.open("a") as log:
        for k, p, r, s in found:
            if not str(p.resolve()).startswith(str(root) + os.sep):
                print("skip (outside root):", p); continue
            shutil.rmtree(p)
            log.write(f"{time.strftime('%F %T')}\t{human(s)}\t{p}\n")
            print("deleted", p)
    print(f"Freed ~{human(total)}. Log: {LOG}")


if __name__ == "__main__":
    main()
