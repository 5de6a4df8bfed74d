#!/usr/bin/env python3
"""List likely user-facing hard-coded strings in JSX/TSX/Vue files."""
import argparse
import re
from pathlib import Path

JSX_TEXT = re.compile(r">\s*([A-Za-z][^<>{}\n]{2,})\s*<")
ATTR = re.compile(r"\b(placeholder|title|aria-label|alt|label)=\"([^\"]{2,})\"")
CALL = re.compile(r"\b(alert|toast(?:\.\w+)?|confirm)\(\s*['\"]([^'\"]{2,})['\"]")
SKIP = re.compile(r"^(https?://|#|[a-z0-9_-]+$|\d+$)")


def scan(path: Path):
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        for m in JSX_TEXT.finditer(line):
            s = m.group(1).strip()
            if not SKIP.match(s):
                yield n, "text", s
        for m in ATTR.finditer(line):
            yield n, m.group(1), m.group(2)
        for m in CALL.finditer(line):
            yield n, m.group(1), m.group(2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--ext", default=".tsx,.jsx,.vue")
    a = ap.parse_args()
    exts = tuple(a.ext.split(","))
    total = 0
    for p in sorted(Path(a.root).rglob("*")):
        if p.suffix in exts and "node_modules" not in p.parts:
            for n, kind, s in scan(p):
                print(f"{p}:{n}\t{kind}\t{s}")
                total += 1
    print(f"\n{total} candidate string(s)")


if __name__ == "__main__":
    main()
