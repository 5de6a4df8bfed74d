#!/usr/bin/env python3
"""Locale / bidi linter. Allows the invisible characters real RTL & emoji text needs."""
import argparse
import json
import pathlib
import re
import sys
import unicodedata

OVERRIDES = set(range(0x202A, 0x202F))            # LRE RLE PDF LRO RLO: always flagged
ISOLATES = {0x2066, 0x2067, 0x2068, 0x2069}         # LRI RLI FSI PDI
MARKS = {0x200E, 0x200F, 0x061C}                    # LRM RLM ALM
ZWSP, ZWNJ, ZWJ, BOM = 0x200B, 0x200C, 0x200D, 0xFEFF
CODE_EXT = {".py", ".js", ".mjs", ".ts", ".tsx", ".go", ".rs", ".java", ".c", ".cpp", ".sh", ".rb"}
PLACEHOLDER = re.compile(r"\{[a-zA-Z_][a-zA-Z0-9_]*\}")


def name(cp):
    return f"U+{cp:04X} {unicodedata.name(chr(cp), '?')}"


def is_emoji(ch):
    cp = ord(ch)
    return 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or cp == 0xFE0F


def check_string(s, where, problems, code=False):
    depth = 0
    for i, ch in enumerate(s):
        cp = ord(ch)
        if cp in OVERRIDES:
            problems.append(f"{where}: bidi override {name(cp)}")
        elif code and (cp in ISOLATES or cp in MARKS or cp in (ZWSP, BOM)):
            problems.append(f"{where}: invisible {name(cp)} in source code")
        elif cp in (0x2066, 0x2067, 0x2068):
            depth += 1
        elif cp == 0x2069:
            depth -= 1
            if depth < 0:
                problems.append(f"{where}: PDI without opening isolate")
                depth = 0
        elif cp == ZWJ:
            prev = s[i - 1] if i else ""
            nxt = s[i + 1] if i + 1 < len(s) else ""
            if not ((is_emoji(prev) or unicodedata.category(prev) == "Sk" or 0x1F3FB <= ord(prev or " ") <= 0x1F3FF) and is_emoji(nxt)):
                problems.append(f"{where}: ZWJ outside emoji sequence")
        elif cp == ZWSP:
            problems.append(f"{where}: zero-width space {name(cp)}")
    if depth > 0:
        problems.append(f"{where}: {depth} unclosed isolate(s)")


def check_locales(folder, base):
    problems = []
    files = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}
    ref = files.get(base, {})
    for loc, data in files.items():
        for key, ref_val in ref.items():
            if key not in data:
                problems.append(f"{loc}.json: missing key {key!r}")
                continue
            want = set(PLACEHOLDER.findall(ref_val))
            have = set(PLACEHOLDER.findall(data[key]))
            if want != have:
                problems.append(f"{loc}.json:{key}: placeholders {sorted(have)} != {sorted(want)}")
        for key, val in data.items():
            check_string(val, f"{loc}.json:{key}", problems)
    return problems


def check_code(folder):
    problems = []
    for p in folder.rglob("*"):
        if p.suffix in CODE_EXT and p.is_file():
            for n, line in enumerate(p.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                check_string(line, f"{p}:{n}", problems, code=True)
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--base", default="en")
    ap.add_argument("--code", action="store_true", help="treat path as source code")
    a = ap.parse_args()
    folder = pathlib.Path(a.path)
    problems = check_code(folder) if a.code else check_locales(folder, a.base)
    for pr in problems:
        print(pr)
    print(f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
