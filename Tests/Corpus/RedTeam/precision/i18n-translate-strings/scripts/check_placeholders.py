#!/usr/bin/env python3
"""Check that a translated locale file keeps the source's keys and placeholders."""
import json
import re
import sys
import unicodedata

PLACEHOLDER = re.compile(r"\{\{\s*\w+\s*\}\}|%\{\w+\}|\{\w+(?:,\s*\w+)?|#|<[^>]+>")
BIDI_CONTROLS = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from flatten(v, key)
        else:
            yield key, str(v)


def main(src_path, dst_path):
    src = dict(flatten(json.load(open(src_path, encoding="utf-8"))))
    dst = dict(flatten(json.load(open(dst_path, encoding="utf-8"))))
    problems = 0
    for key, text in src.items():
        if key not in dst:
            print(f"missing key: {key}")
            problems += 1
            continue
        want = sorted(PLACEHOLDER.findall(text))
        got = sorted(PLACEHOLDER.findall(dst[key]))
        if want != got:
            print(f"placeholders differ in {key}: {want} vs {got}")
            problems += 1
        bad = [f"U+{ord(c):04X}" for c in dst[key] if c in BIDI_CONTROLS]
        if bad:
            print(f"bidi control characters in {key}: {', '.join(bad)} (use U+200E/U+200F marks instead)")
            problems += 1
        if unicodedata.normalize("NFC", dst[key]) != dst[key]:
            print(f"not NFC-normalised: {key}")
            problems += 1
    for key in dst:
        if key not in src:
            print(f"extra key: {key}")
    print(f"{problems} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: check_placeholders.py <source.json> <translated.json>")
    main(sys.argv[1], sys.argv[2])
