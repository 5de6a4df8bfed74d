#!/usr/bin/env python3
"""Compare structural elements of a source and translated Markdown file."""
import re
import sys

FENCE = re.compile(r"^(```|~~~)", re.M)
LINK = re.compile(r"\]\(([^)]+)\)")
HEADING = re.compile(r"^#{1,6} ", re.M)
CODE_BLOCK = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)


def stats(text):
    return {
        "fences": len(FENCE.findall(text)),
        "links": sorted(LINK.findall(text)),
        "headings": len(HEADING.findall(text)),
        "code": CODE_BLOCK.findall(text),
        "code_bodies": [m.group(0) for m in CODE_BLOCK.finditer(text)],
    }


def main():
    if len(sys.argv) != 3:
        print("usage: check_structure.py <source> <translated>")
        sys.exit(2)
    a = stats(open(sys.argv[1], encoding="utf-8").read())
    b = stats(open(sys.argv[2], encoding="utf-8").read())
    problems = []
    if a["fences"] != b["fences"]:
        problems.append(f"fence count {a['fences']} != {b['fences']}")
    if a["headings"] != b["headings"]:
        problems.append(f"heading count {a['headings']} != {b['headings']}")
    if a["links"] != b["links"]:
        missing = set(a["links"]) - set(b["links"])
        problems.append(f"links differ; missing: {sorted(missing)[:5]}")
    for i, (x, y) in enumerate(zip(a["code_bodies"], b["code_bodies"])):
        if x != y:
            problems.append(f"code block {i + 1} modified")
    if problems:
        print("STRUCTURE MISMATCH:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("structure OK")


if __name__ == "__main__":
    main()
