#!/usr/bin/env python3
"""Add or check SPDX license headers."""
import argparse
import re
import sys
from pathlib import Path

COMMENT = {
    ".py": "#", ".sh": "#", ".yml": "#", ".yaml": "#", ".rb": "#",
    ".js": "//", ".ts": "//", ".tsx": "//", ".jsx": "//", ".go": "//", ".rs": "//", ".c": "//",
    ".h": "//", ".java": "//", ".kt": "//", ".swift": "//",
}
SPDX = re.compile(r"SPDX-License-Identifier:\s*(\S+)")
COPY = re.compile(r"Copyright \(c\) (\d{4})(?:-(\d{4}))? (.+)")


def header(prefix, lic, holder, year):
    return [f"{prefix} SPDX-License-Identifier: {lic}", f"{prefix} Copyright (c) {year} {holder}"]


def process(path, lic, holder, year, check):
    prefix = COMMENT.get(path.suffix)
    if not prefix:
        return True
    lines = path.read_text(encoding="utf-8").splitlines(keepends=False)
    head = lines[:5]
    if any(SPDX.search(l) for l in head):
        if check:
            return True
        for i, l in enumerate(head):
            m = COPY.search(l)
            if m and m.group(2) != str(year) and m.group(1) != str(year):
                lines[i] = f"{prefix} Copyright (c) {m.group(1)}-{year} {m.group(3)}"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return True
    if check:
        print(f"missing header: {path}")
        return False
    insert_at = 1 if lines and lines[0].startswith("#!") else 0
    lines[insert_at:insert_at] = header(prefix, lic, holder, year) + [""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--license", default="MIT")
    ap.add_argument("--holder", default="")
    ap.add_argument("--year", type=int, default=2026)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    ok = True
    for p in a.paths:
        files = Path(p).rglob("*") if Path(p).is_dir() else [Path(p)]
        for f in files:
            if f.is_file() and ".git" not in f.parts and "node_modules" not in f.parts:
                ok &= process(f, a.license, a.holder, a.year, a.check)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
