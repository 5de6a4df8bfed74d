#!/usr/bin/env python3
"""Flag prompt-injection shapes in untrusted text. Read-only, no network, executes nothing."""
from __future__ import annotations

import argparse
import base64
import binascii
import json
import re
import sys
import unicodedata

OVERRIDE = re.compile(
    r"\b(ignore|disregard|forget)\s+(all\s+|any\s+|your\s+)?(previous|prior|above|earlier)\s+"
    r"(instructions|rules|guidelines)\b|\byou\s+are\s+now\s+(in\s+)?\w+\s+mode\b",
    re.I,
)
ROLE_TAG = re.compile(r"</?system>|\[SYSTEM\]|<\|im_start\|>|</?available_skills>", re.I)
SECRECY = re.compile(r"do\s+not\s+(mention|tell|show)\s+(this|it)\s+to\s+the\s+user|"
                     r"without\s+telling\s+the\s+user|the\s+user\s+must\s+not\s+know", re.I)
COMMENT = re.compile(r"<!--(.*?)-->", re.S)
IMPERATIVE = re.compile(r"\b(run|execute|send|upload|post|read|install|ignore|delete)\b", re.I)
TOOL_DIRECTIVE = re.compile(r"^\s*(markdownlint|prettier|eslint)-", re.I)
B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
EXFIL_IMG = re.compile(r"!\[[^\]]*\]\((https?://[^)\s]*\?[^)\s]*(\{\{|\$\{|%7B)[^)\s]*)\)", re.I)

ZERO_WIDTH = {0x200B, 0x200C, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064}
BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def escape(s: str, n: int = 120) -> str:
    out = "".join(c if c.isprintable() or c == " " else f"<U+{ord(c):04X}>" for c in s)
    return out[:n] + ("…" if len(out) > n else "")


def invisible(text: str):
    for i, ch in enumerate(text):
        cp = ord(ch)
        if cp == 0xFEFF and i == 0:
            continue  # BOM
        if cp == 0x200D:
            prev = text[i - 1] if i else ""
            if prev and unicodedata.category(prev) == "So":
                continue  # emoji joiner sequence
        if cp in ZERO_WIDTH or cp in BIDI or 0xE0000 <= cp <= 0xE007F or cp == 0x200D or cp == 0xFEFF:
            yield i, f"invisible character U+{cp:04X}"


def scan(text: str) -> list[dict]:
    found = []

    def add(pos, sev, kind, excerpt):
        found.append({"line": line_of(text, pos), "severity": sev, "kind": kind, "excerpt": escape(excerpt)})

    for m in OVERRIDE.finditer(text):
        add(m.start(), "high", "override phrase", m.group(0))
    for m in ROLE_TAG.finditer(text):
        add(m.start(), "high", "fake role marker", m.group(0))
    for m in SECRECY.finditer(text):
        add(m.start(), "high", "secrecy phrase", m.group(0))
    for m in COMMENT.finditer(text):
        body = m.group(1)
        if IMPERATIVE.search(body) and not TOOL_DIRECTIVE.match(body):
            add(m.start(), "medium", "HTML comment with imperative", body.strip())
    for pos, what in invisible(text):
        add(pos, "high", what, text[max(0, pos - 10): pos + 10])
    for m in B64.finditer(text):
        try:
            decoded = base64.b64decode(m.group(0), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            continue
        if decoded.isprintable():
            # Shown to the reviewer only; never evaluated.
            add(m.start(), "medium", "base64 blob decodes to text", decoded)
    for m in EXFIL_IMG.finditer(text):
        add(m.start(), "high", "image URL with templated query data", m.group(1))
    return sorted(found, key=lambda f: f["line"])


def sanitize(text: str) -> str:
    text = COMMENT.sub("", text)
    text = "".join(ch for i, ch in enumerate(text)
                   if not (ord(ch) in ZERO_WIDTH or ord(ch) in BIDI or 0xE0000 <= ord(ch) <= 0xE007F))
    return B64.sub("[blob removed]", text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--sanitize", action="store_true")
    args = ap.parse_args()
    with open(args.path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    if args.sanitize:
        sys.stdout.write(sanitize(text))
        return 0
    findings = scan(text)
    verdict = ("injection" if any(f["severity"] == "high" for f in findings)
               else "suspicious" if findings else "clean")
    if args.json:
        print(json.dumps({"verdict": verdict, "findings": findings}, indent=2, ensure_ascii=False))
    else:
        print(f"verdict: {verdict}")
        for f in findings:
            print(f"  [{f['severity']}] line {f['line']}: {f['kind']}: {f['excerpt']}")
    return 0 if verdict == "clean" else 1


if __name__ == "__main__":
    sys.exit(main())
