#!/usr/bin/env python3
"""Build or verify a SHA-256 manifest of ONE folder (the one being backed up)."""
from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import os
import sys
from pathlib import Path

EXCLUDE_FILES = [".env*", "*.pem", "*.key", "id_rsa*", ".DS_Store", ".backup-manifest.json"]
EXCLUDE_DIRS = {".git", "node_modules", ".venv", "__pycache__"}


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def build(root: Path) -> dict[str, dict]:
    entries: dict[str, dict] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if d not in EXCLUDE_DIRS]
        for name in filenames:
            if any(fnmatch.fnmatch(name, pat) for pat in EXCLUDE_FILES):
                continue
            p = Path(dirpath, name)
            if p.is_symlink() or not p.is_file():
                continue
            rel = p.relative_to(root).as_posix()
            st = p.stat()
            entries[rel] = {"size": st.st_size, "mtime": int(st.st_mtime), "sha256": sha256(p)}
    return entries


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, help="write manifest here")
    ap.add_argument("--verify", type=Path, help="compare folder against an existing manifest")
    args = ap.parse_args()

    root = args.folder.expanduser().resolve()
    if not root.is_dir():
        sys.exit(f"not a directory: {root}")
    current = build(root)

    if args.verify:
        expected = json.loads(args.verify.read_text())["files"]
        missing = sorted(set(expected) - set(current))
        changed = sorted(k for k in expected.keys() & current.keys()
                         if expected[k]["sha256"] != current[k]["sha256"])
        print(f"{len(expected)} expected, {len(missing)} missing, {len(changed)} differ")
        for k in missing[:20]:
            print(f"  missing  {k}")
        for k in changed[:20]:
            print(f"  differs  {k}")
        return 1 if missing or changed else 0

    out = args.out or root / ".backup-manifest.json"
    previous = json.loads(out.read_text())["files"] if out.exists() else {}
    new_or_changed = [k for k, v in current.items() if previous.get(k, {}).get("sha256") != v["sha256"]]
    total = sum(v["size"] for v in current.values())
    out.write_text(json.dumps({"root": str(root), "files": current}, indent=1, sort_keys=True))
    print(f"{len(current)} files, {total / 1e6:.1f} MB; {len(new_or_changed)} new or changed since last manifest")
    print(f"manifest: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
