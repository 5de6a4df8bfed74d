#!/usr/bin/env python3
"""Re-align GitHub-flavoured Markdown tables in place."""
import pathlib, re, sys, unicodedata

SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cells(line):
    line = line.strip().strip("|")
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)]


def fmt_block(rows):
    parsed = [cells(r) for r in rows]
    n = max(len(r) for r in parsed)
    parsed = [r + [""] * (n - len(r)) for r in parsed]
    w = [max(3, *(width(r[i]) for j, r in enumerate(parsed) if j != 1)) for i in range(n)]
    out = []
    for j, r in enumerate(parsed):
        if j == 1:
            seg = []
            for i, c in enumerate(r):
                l, rt = c.startswith(":"), c.endswith(":")
                seg.append((":" if l else "-") + "-" * (w[i] - 2) + (":" if rt else "-"))
            out.append("| " + " | ".join(seg) + " |")
        else:
            out.append("| " + " | ".join(c + " " * (w[i] - width(c)) for i, c in enumerate(r)) + " |")
    return out


def fmt(text):
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        if "|" in lines[i] and i + 1 < len(lines) and SEP.match(lines[i + 1]):
            j = i
            while j < len(lines) and "|" in lines[j]:
                j += 1
            out += fmt_block(lines[i:j]); i = j
        else:
            out.append(lines[i]); i += 1
    return "\n".join(out)


def main():
    check = "--check" in sys.argv
    targets = [a for a in sys.argv[1:] if not a.startswith("--")]
    changed = 0
    for t in targets:
        p = pathlib.Path(t)
        for f in ([p] if p.is_file() else p.rglob("*.md")):
            old = f.read_text(encoding="utf-8"); new = fmt(old)
            if new != old:
                changed += 1
                if not check:
                    f.write_text(new, encoding="utf-8")
                print(f"{'would reformat' if check else 'reformatted'} {f}")
    sys.exit(1 if check and changed else 0)


if __name__ == "__main__":
    main()
