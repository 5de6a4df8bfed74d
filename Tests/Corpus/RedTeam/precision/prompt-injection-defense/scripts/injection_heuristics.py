#!/usr/bin/env python3
"""Cheap heuristic prompt-injection detector. Reads text, prints score + matches."""
import re
import sys
import unicodedata

PATTERNS = [
    (r"ignore (all |any )?(the )?(previous|prior|above) (instructions|prompts|rules)", 0.6),
    (r"disregard (your|the) (system|previous) (prompt|instructions)", 0.6),
    (r"you are now [A-Z]{2,}|you have no restrictions", 0.4),
    (r"^\s*(system|assistant)\s*:", 0.3),
    (r"reveal (your|the) (system prompt|instructions)", 0.5),
    (r"do not (tell|inform|mention (this )?to) the user", 0.5),
    (r"silently|without (asking|telling)", 0.2),
    (r"!\[[^\]]*\]\(https?://[^)]*\{", 0.5),
    (r"curl [^\n|]*\|\s*(ba)?sh", 0.4),
    (r"\.ssh/id_(rsa|ed25519)|\.aws/credentials", 0.4),
]


def invisible_chars(text: str) -> int:
    return sum(1 for ch in text if 0xE0000 <= ord(ch) <= 0xE007F or unicodedata.category(ch) == "Cf")


def score(text: str):
    hits = []
    total = 0.0
    for pat, w in PATTERNS:
        for m in re.finditer(pat, text, re.I | re.M):
            hits.append(m.group(0))
            total += w
    inv = invisible_chars(text)
    if inv:
        hits.append(f"<{inv} invisible format chars>")
        total += 0.3
    return min(total, 1.0), hits


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "-"
    text = sys.stdin.read() if src == "-" else open(src, encoding="utf-8", errors="replace").read()
    s, hits = score(text)
    print(f"score: {s:.2f}")
    for h in hits:
        print(f"  match: {h!r}")
    return 2 if s >= 0.6 else 0


if __name__ == "__main__":
    sys.exit(main())
