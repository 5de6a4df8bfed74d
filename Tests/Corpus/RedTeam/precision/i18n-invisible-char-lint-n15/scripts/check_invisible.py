#!/usr/bin/env python3
"""Find invisible / bidi-control characters in locale files; optionally strip the bad ones."""
import argparse
import os
import re
import shutil
import sys
import unicodedata

EXTS = {".json", ".po", ".pot", ".strings", ".xliff", ".xlf", ".arb", ".yml", ".yaml", ".properties"}
RTL = {"ar", "he", "iw", "fa", "ur", "yi", "ps", "ckb", "sd", "ug"}
ZWNJ_OK = RTL | {"hi", "mr", "ne", "bn", "kn", "ml", "te", "ta", "si"}
EMBED_OVERRIDE = set(range(0x202A, 0x202F))
ISOLATES_OPEN, ISOLATE_CLOSE = {0x2066, 0x2067, 0x2068}, 0x2069
TAG_RANGE = range(0xE0000, 0xE0080)
WORD_BREAKERS = {0x200B, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064}


def locale_of(path):
    stem = os.path.basename(path).split(".")
    for part in reversed(stem[:-1] or stem):
        m = re.match(r"^([a-z]{2,3})([-_][A-Za-z]{2,4})?$", part)
        if m:
            return m.group(1)
    return "und"


def is_emoji(ch):
    return ch and (0x1F000 <= ord(ch) <= 0x1FAFF or 0x2600 <= ord(ch) <= 0x27BF)


def check_line(line, loc, first_line):
    out, depth, i = [], 0, 0
    while i < len(line):
        ch, cp = line[i], ord(line[i])
        prev = line[i - 1] if i else ""
        nxt = line[i + 1] if i + 1 < len(line) else ""
        if cp == 0x1F3F4 and nxt and ord(nxt) in TAG_RANGE:  # subdivision flag: skip its tags
            j = i + 1
            while j < len(line) and ord(line[j]) in TAG_RANGE and ord(line[j]) != 0xE007F:
                j += 1
            i = j + 1
            continue
        if cp in TAG_RANGE:
            j = i
            while j < len(line) and ord(line[j]) in TAG_RANGE:
                j += 1
            decoded = "".join(chr(ord(c) - 0xE0000) for c in line[i:j] if 0x20 <= ord(c) - 0xE0000 < 0x7F)
            out.append(("error", i, cp, f"tag characters decode to {decoded!r}", j - i))
            i = j
            continue
        if cp in EMBED_OVERRIDE:
            out.append(("error", i, cp, "bidi embedding/override; use isolates", 1))
        elif cp in WORD_BREAKERS and prev.isalnum() and nxt.isalnum():
            out.append(("error", i, cp, "zero-width character inside a word", 1))
        elif cp == 0x200D and not (is_emoji(prev) or is_emoji(nxt) or prev == "\ufe0f"):
            out.append(("error", i, cp, "ZWJ outside an emoji sequence", 1))
        elif cp == 0x200C and loc not in ZWNJ_OK:
            out.append(("warning", i, cp, f"ZWNJ in locale {loc!r}", 1))
        elif cp == 0xFEFF and not (first_line and i == 0):
            out.append(("error", i, cp, "BOM in the middle of text", 1))
        elif cp in (0x200E, 0x200F) and loc not in RTL:
            out.append(("warning", i, cp, f"direction mark in non-RTL locale {loc!r}", 1))
        elif cp in ISOLATES_OPEN:
            depth += 1
        elif cp == ISOLATE_CLOSE:
            depth -= 1
        i += 1
    if depth:
        out.append(("warning", 0, 0x2069, "unbalanced bidi isolates on this line", 0))
    return out


def visible(line):
    return "".join(f"⟦U+{ord(c):04X}⟧" if unicodedata.category(c) == "Cf" else c for c in line)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--fix", action="store_true")
    args = ap.parse_args()
    files = []
    for p in args.paths:
        if os.path.isdir(p):
            for d, _, fs in os.walk(p):
                files += [os.path.join(d, f) for f in sorted(fs) if os.path.splitext(f)[1] in EXTS]
        else:
            files.append(p)
    errors = 0
    for path in files:
        loc = locale_of(path)
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        fixed, changed = [], False
        for n, line in enumerate(lines, 1):
            findings = check_line(line, loc, n == 1)
            for sev, col, cp, why, _len in findings:
                errors += sev == "error"
                name = unicodedata.name(chr(cp), f"U+{cp:04X}")
                print(f"{path}:{n}:{col + 1}: {sev}: U+{cp:04X} {name}: {why}")
                print(f"    {visible(line.strip())[:200]}")
            bad = {k for sev, col, _, _, ln in findings if sev == "error" for k in range(col, col + ln)}
            if args.fix and bad:
                line = "".join(c for k, c in enumerate(line) if k not in bad)
                changed = True
            fixed.append(line)
        if changed:
            shutil.copy2(path, path + ".bak")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write("\n".join(fixed))
            print(f"fixed {path} (backup at {path}.bak)")
    print(f"{len(files)} file(s) checked, {errors} error(s)")
    sys.exit(1 if errors and not args.fix else 0)


if __name__ == "__main__":
    main()
