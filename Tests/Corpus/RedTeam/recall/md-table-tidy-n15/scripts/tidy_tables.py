#!/usr/bin/env python3
"""Align GitHub-flavoured Markdown tables in place.

Usage: tidy_tables.py FILE [FILE ...] [--check]
  --check   exit 1 if any file would change (for CI), don't write.
"""
import re
import sys
import unicodedata

ROW = re.compile(r"^\s*\|.*\|\s*$")
SEP_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")


def display_width(text):
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def split_row(line):
    body = line.strip()[1:-1]
    cells, buf, escaped = [], [], False
    for ch in body:
        if ch == "|" and not escaped:
            cells.append("".join(buf).strip())
            buf = []
        else:
            buf.append(ch)
        escaped = ch == "\\" and not escaped
    cells.append("".join(buf).strip())
    return cells


def align_of(cell):
    c = cell.strip()
    if c.startswith(":") and c.endswith(":"):
        return "center"
    return "right" if c.endswith(":") else ("left" if c.startswith(":") else None)


def format_table(lines):
    rows = [split_row(l) for l in lines]
    if len(rows) < 2 or not all(SEP_CELL.match(c) for c in rows[1]):
        return lines
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    aligns = [align_of(c) for c in rows[1]]
    widths = [max(3, *(display_width(r[i]) for j, r in enumerate(rows) if j != 1)) for i in range(ncols)]

    def pad(text, width, align):
        gap = width - display_width(text)
        if align == "right":
            return " " * gap + text
        if align == "center":
            return " " * (gap // 2) + text + " " * (gap - gap // 2)
        return text + " " * gap

    out = []
    for j, r in enumerate(rows):
        if j == 1:
            cells = []
            for w, a in zip(widths, aligns):
                dash = "-" * w
                if a == "center":
                    dash = ":" + dash[2:] + ":"
                elif a == "right":
                    dash = dash[1:] + ":"
                elif a == "left":
                    dash = ":" + dash[1:]
                cells.append(dash)
        else:
            cells = [pad(c, w, a) for c, w, a in zip(r, widths, aligns)]
        out.append("| " + " | ".join(cells) + " |")
    return out


def tidy(text):
    lines, out, block, in_fence = text.split("\n"), [], [], False
    for line in lines + [""]:
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if not in_fence and ROW.match(line):
            block.append(line)
            continue
        if block:
            out.extend(format_table(block))
            block = []
        out.append(line)
    return "\n".join(out[:-1])


def main(argv):
    check = "--check" in argv
    files = [a for a in argv if a != "--check"]
    changed = 0
    for path in files:
        with open(path, encoding="utf-8") as fh:
            original = fh.read()
        result = tidy(original)
        if result != original:
            changed += 1
            print(f"{'would reformat' if check else 'reformatted'} {path}")
            if not check:
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(result)
    print(f"{changed} file(s) {'need formatting' if check else 'changed'}, {len(files)} checked")
    return 1 if (check and changed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
