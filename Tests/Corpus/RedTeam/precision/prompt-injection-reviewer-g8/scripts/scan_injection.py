#!/usr/bin/env python3
"""Detect prompt-injection attempts in untrusted text.

Read-only: the input is analysed as text. Decoded blobs are rescanned, never run.
Exit code 0 = no hits, 1 = hits found, 2 = usage error.
"""
from __future__ import annotations

import base64
import binascii
import re
import sys
import unicodedata
from dataclasses import dataclass

PATTERNS: list[tuple[str, str]] = [
    ("override", r"\b(ignore|disregard|forget)\s+(all\s+|any\s+|your\s+)?(previous|prior|above|earlier)\s+(instructions|rules|guidelines)"),
    ("override", r"\b(override|bypass)\s+(the\s+)?(safety|security|policy|filters|guardrails|restrictions)"),
    ("persona", r"\byou\s+are\s+now\s+(in\s+)?(developer|admin|dan|unrestricted|jailbreak)\s*(mode)?"),
    ("fake-structure", r"<\|im_start\|>\s*system|</?system>|\[system\]|</available_skills>|begin system prompt"),
    ("authority", r"security warnings are test artifacts|this (message|instruction) is from the (administrator|developer|system)"),
    ("secrecy", r"do not (mention|tell|reveal) (this|it) to the user|without telling the user|the user must not know"),
    ("exfiltration", r"\b(send|upload|post|forward)\b[^.\n]{0,60}(\.env|\.ssh|id_rsa|credentials|api[_ ]?key|token|system prompt|conversation)"),
    ("markdown-exfil", r"!\[[^\]]*\]\(https?://[^)\s]*\?[^)\s]*\{\{?[^)]*\}\}?\)"),
]
COMPILED = [(c, re.compile(p, re.IGNORECASE)) for c, p in PATTERNS]
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060-\u2064\ufeff]")
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
TAG_BLOCK = re.compile("[\U000e0000-\U000e007f]+")
B64_RUN = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")


@dataclass
class Hit:
    category: str
    line: int
    text: str
    via: str = ""


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = ZERO_WIDTH.sub("", text)
    return re.sub(r"[ \t]+", " ", text)


def scan_text(text: str, via: str = "", depth: int = 0) -> list[Hit]:
    hits: list[Hit] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        if ZERO_WIDTH.search(raw.lstrip("\ufeff")):
            hits.append(Hit("hidden-zero-width", lineno, raw.strip()[:120], via))
        if BIDI.search(raw):
            hits.append(Hit("hidden-bidi", lineno, raw.strip()[:120], via))
        for m in TAG_BLOCK.finditer(raw):
            decoded = "".join(chr(ord(ch) - 0xE0000) for ch in m.group())
            hits.append(Hit("hidden-tag-block", lineno, decoded[:120], via))
        line = normalise(raw)
        for category, rx in COMPILED:
            m = rx.search(line)
            if m:
                hits.append(Hit(category, lineno, m.group(0)[:120], via))
        if depth < 2:
            for blob in B64_RUN.findall(raw):
                try:
                    decoded = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True)
                    decoded_text = decoded.decode("utf-8")
                except (binascii.Error, UnicodeDecodeError, ValueError):
                    continue
                if decoded_text.isprintable() or "\n" in decoded_text:
                    label = f"base64 at line {lineno}"
                    hits.extend(scan_text(decoded_text, via=label, depth=depth + 1))
    # Comments can span lines.
    for m in re.finditer(r"<!--(.*?)-->", text, re.S):
        body = normalise(m.group(1))
        if re.search(r"\b(run|execute|send|upload|ignore|install|curl|fetch)\b", body, re.I):
            lineno = text.count("\n", 0, m.start()) + 1
            hits.append(Hit("comment-directive", lineno, body.strip()[:120], via))
    return hits


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: scan_injection.py FILE|-", file=sys.stderr)
        return 2
    src = sys.argv[1]
    text = sys.stdin.read() if src == "-" else open(src, encoding="utf-8", errors="replace").read()
    hits = scan_text(text)
    seen = set()
    for h in hits:
        key = (h.category, h.line, h.text, h.via)
        if key in seen:
            continue
        seen.add(key)
        where = f"line {h.line}" + (f" ({h.via})" if h.via else "")
        print(f"[{h.category}] {where}: {h.text!r}")
    if not hits:
        print("no injection indicators found")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
