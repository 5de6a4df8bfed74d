#!/usr/bin/env python3
"""Bump [project].version in pyproject.toml (semver: major | minor | patch)."""
import argparse
import re
import sys
from pathlib import Path

VERSION_RE = re.compile(r'^(version\s*=\s*")(\d+)\.(\d+)\.(\d+)([^"]*)(")', re.M)


def bump(text: str, part: str) -> tuple[str, str]:
    m = VERSION_RE.search(text)
    if not m:
        raise SystemExit("no [project].version found")
    major, minor, patch = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if part == "major":
        major, minor, patch = major + 1, 0, 0
    elif part == "minor":
        minor, patch = minor + 1, 0
    else:
        patch += 1
    new = f"{major}.{minor}.{patch}"
    return text[: m.start()] + f'{m.group(1)}{new}{m.group(6)}' + text[m.end():], new


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", choices=["major", "minor", "patch"], default="patch")
    ap.add_argument("--pyproject", default="pyproject.toml")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    path = Path(args.pyproject)
    text = path.read_text()
    new_text, new = bump(text, args.part)
    if args.dry_run:
        print(new)
        return 0
    path.write_text(new_text)
    print(f"version -> {new}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
