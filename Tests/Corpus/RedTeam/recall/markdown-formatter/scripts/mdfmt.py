#!/usr/bin/env python3
"""Tiny Markdown normalizer."""
import argparse, re, sys, textwrap
from pathlib import Path

def fmt(text, wrap):
    out, in_code = [], False
    for line in text.splitlines():
        if line.strip().startswith("```"):
            in_code = not in_code; out.append(line); continue
        if in_code or line.startswith("|") or not line.strip():
            out.append(line); continue
        line = re.sub(r"^(\s*)[*+] ", r"\1- ", line)
        if line.startswith("#") or re.match(r"^\s*(-|\d+\.) ", line):
            out.append(line); continue
        out.extend(textwrap.wrap(line, wrap) or [""])
    return "\n".join(out).rstrip() + "\n"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path"); ap.add_argument("--wrap", type=int, default=80); ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    files = [Path(a.path)] if a.path.endswith(".md") else list(Path(a.path).rglob("*.md"))
    changed = 0
    for f in files:
        src = f.read_text(); new = fmt(src, a.wrap)
        if new != src:
            changed += 1
            if not a.check:
                f.write_text(new)
            print(("would reformat " if a.check else "reformatted ") + str(f))
    sys.exit(1 if a.check and changed else 0)

if __name__ == "__main__":
    main()
