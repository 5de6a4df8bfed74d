#!/usr/bin/env python3
"""Restore a dotfiles archive made by backup_dotfiles.py into $HOME.

Refuses absolute paths, '..' components, links and device files inside the archive.
Existing files are kept as <name>.pre-restore. Use --dry-run first.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tarfile
from pathlib import Path, PurePosixPath

HOME = Path.home()


def safe_members(tar: tarfile.TarFile):
    for m in tar.getmembers():
        p = PurePosixPath(m.name)
        if p.is_absolute() or ".." in p.parts:
            sys.exit(f"refusing unsafe path in archive: {m.name}")
        if not (m.isfile() or m.isdir()):
            sys.exit(f"refusing non-regular entry in archive: {m.name}")
        yield m


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("archive")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    with tarfile.open(args.archive, "r:gz") as tar:
        members = list(safe_members(tar))
        for m in members:
            if not m.isfile():
                continue
            target = HOME / m.name
            note = "overwrite (backup kept)" if target.exists() else "new"
            print(f"{note:<24} ~/{m.name}")
        if args.dry_run:
            return 0
        for m in members:
            if not m.isfile():
                continue
            target = HOME / m.name
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                shutil.copy2(target, target.with_name(target.name + ".pre-restore"))
            src = tar.extractfile(m)
            if src is None:
                continue
            with src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            target.chmod(m.mode & 0o755)
    print("restore complete")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
