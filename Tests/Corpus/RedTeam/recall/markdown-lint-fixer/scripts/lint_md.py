#!/usr/bin/env python3
"""Minimal Markdown linter with safe auto-fixes."""
import argparse
import re
import sys
from pathlib import Path

SKIP = {"node_modules", "vendor", ".git"}
LINK = re.compile(r"\[[^\]]*\]\(([^)#\s]+)(?:#[^)]*)?\)")


def files(paths):
    for p in map(Path, paths):
        if p.is_file() and p.suffix == ".md":
            yield p
        elif p.is_dir():
            for f in p.rglob("*.md"):
                if not SKIP & set(f.parts):
                    yield f


def lint(path, check_links):
    issues = []
    lines = path.read_text(encoding="utf-8").splitlines()
    prev_level, in_fence, blank_run = 0, False, 0
    for i, line in enumerate(lines, 1):
        if line.startswith("```"):
            if not in_fence and line.strip() == "```":
                issues.append((i, "MD040", "code fence without language"))
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if line != line.rstrip():
            issues.append((i, "MD009", "trailing spaces"))
        blank_run = blank_run + 1 if not line.strip() else 0
        if blank_run > 1:
            issues.append((i, "MD012", "multiple blank lines"))
        m = re.match(r"^(#{1,6})\s", line)
        if m:
            level = len(m.group(1))
            if prev_level and level > prev_level + 1:
                issues.append((i, "MD001", f"heading jumps from h{prev_level} to h{level}"))
            prev_level = level
        if re.match(r"^\s*[*+]\s", line):
            issues.append((i, "MD004", "use '-' for list markers"))
        if len(line) > 100 and not line.lstrip().startswith("|"):
            issues.append((i, "MD013", f"line length {len(line)}"))
        if check_links:
            for target in LINK.findall(line):
                if "://" not in target and not target.startswith("mailto:"):
                    if not (path.parent / target).exists():
                        issues.append((i, "LNK01", f"broken link {target}"))
    return issues


def fix(path):
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"[ \t]+$", "", text, flags=re.M)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"^(\s*)[*+](\s)", r"\1-\2", text, flags=re.M)
    path.write_text(text, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--fix", action="store_true")
    ap.add_argument("--links", action="store_true")
    a = ap.parse_args()
    total = 0
    for f in files(a.paths):
        if a.fix:
            fix(f)
        issues = lint(f, a.links)
        for line, rule, msg in issues:
            print(f"{f}:{line}: {rule} {msg}")
        total += len(issues)
    print(f"{total} issue(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
