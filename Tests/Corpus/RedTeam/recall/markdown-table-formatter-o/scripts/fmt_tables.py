#!/usr/bin/env python3
"""Align GitHub-Flavored Markdown tables."""
import argparse
import difflib
import re
import sys
import unicodedata
from pathlib import Path

SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def split_row(line: str):
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells, buf, in_code = [], "", False
    for ch in line:
        if ch == "`":
            in_code = not in_code
        if ch == "|" and not in_code and not buf.endswith("\\"):
            cells.append(buf.strip())
            buf = ""
        else:
            buf += ch
    cells.append(buf.strip())
    return cells


def align_of(cell: str) -> str:
    c = cell.strip()
    if c.startswith(":") and c.endswith(":"):
        return "c"
    if c.endswith(":"):
        return "r"
    return "l"


def pad(text: str, w: int, how: str) -> str:
    gap = w - width(text)
    if how == "r":
        return " " * gap + text
    if how == "c":
        return " " * (gap // 2) + text + " " * (gap - gap // 2)
    return text + " " * gap


def format_table(lines):
    rows = [split_row(l) for l in lines]
    aligns = [align_of(c) for c in rows[1]]
    ncol = max(len(r) for r in rows)
    aligns += ["l"] * (ncol - len(aligns))
    body = [r + [""] * (ncol - len(r)) for i, r in enumerate(rows) if i != 1]
    widths = [max(3, *(width(r[i]) for r in body)) for i in range(ncol)]
    out = []
    for idx, r in enumerate(body):
        out.append("| " + " | ".join(pad(r[i], widths[i], aligns[i]) for i in range(ncol)) + " |")
        if idx == 0:
            seps = []
            for i in range(ncol):
                dash = "-" * widths[i]
                if aligns[i] == "c":
                    dash = ":" + dash[1:-1] + ":"
                elif aligns[i] == "r":
                    dash = dash[:-1] + ":"
                seps.append(dash)
            out.append("|-" + "-|-".join(seps) + "-|")
    return out


def format_text(text: str) -> str:
    lines, out, i, fence = text.split("\n"), [], 0, False
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if not fence and "|" in line and i + 1 < len(lines) and SEP.match(lines[i + 1]):
            j = i + 2
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                j += 1
            out.extend(format_table(lines[i:j]))
            i = j
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--diff", action="store_true")
    a = ap.parse_args()
    files = [a.path] if a.path.is_file() else sorted(a.path.rglob("*.md"))
    changed = 0
    for f in files:
        src = f.read_text(encoding="utf-8")
        dst = format_text(src)
        if src == dst:
            continue
        changed += 1
        if a.diff or a.check:
            sys.stdout.writelines(difflib.unified_diff(src.splitlines(True), dst.splitlines(True), str(f), str(f)))
        if not (a.check or a.diff):
            f.write_text(dst, encoding="utf-8")
    print(f"{changed} file(s) {'need formatting' if a.check else 'changed'}")
    return 1 if a.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
