#!/usr/bin/env python3
"""Offline Markdown linter. Standard library only; never touches the network."""
import argparse
import pathlib
import re
import sys

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^(```|~~~)")


def slug(text):
    text = re.sub(r"[`*_]", "", text.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def lint(path, max_line, externals):
    problems = []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    anchors, in_fence, last_level, h1 = set(), False, 0, 0
    for ln in lines:
        m = HEADING.match(ln)
        if m and not in_fence:
            anchors.add(slug(m.group(2)))
        if FENCE.match(ln):
            in_fence = not in_fence
    in_fence = False
    for i, ln in enumerate(lines, 1):
        if FENCE.match(ln):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = HEADING.match(ln)
        if m:
            level = len(m.group(1))
            if level == 1:
                h1 += 1
                if h1 > 1:
                    problems.append((i, "ML006", "second top-level heading"))
            if last_level and level > last_level + 1:
                problems.append((i, "ML003", f"heading jumps from h{last_level} to h{level}"))
            last_level = level
        if ln != ln.rstrip():
            problems.append((i, "ML004", "trailing whitespace"))
        if len(ln) > max_line and not ln.lstrip().startswith("|") and "://" not in ln:
            problems.append((i, "ML005", f"line is {len(ln)} characters"))
        for target in LINK.findall(ln):
            if re.match(r"^[a-z]+://", target) or target.startswith("mailto:"):
                externals.append(f"{path}:{i}: {target}")
                continue
            file_part, _, anchor = target.partition("#")
            dest = (path.parent / file_part).resolve() if file_part else path
            if file_part and not dest.exists():
                problems.append((i, "ML001", f"missing file {file_part}"))
            elif anchor and dest == path and slug(anchor) not in anchors:
                problems.append((i, "ML002", f"no heading for #{anchor}"))
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--max-line", type=int, default=120)
    ap.add_argument("--list-external", action="store_true")
    a = ap.parse_args()
    files = []
    for p in map(pathlib.Path, a.paths):
        files += sorted(p.rglob("*.md")) if p.is_dir() else [p]
    externals, total = [], 0
    for f in files:
        for line, code, msg in lint(f, a.max_line, externals):
            print(f"{f}:{line}: {code} {msg}")
            total += 1
    if a.list_external:
        print("\n".join(externals))
    print(f"{len(files)} files, {total} problems", file=sys.stderr)
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
