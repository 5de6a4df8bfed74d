#!/usr/bin/env python3
"""Mask common PII and secret shapes in text read from stdin."""
import re
import sys

PATTERNS = [
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "[email]"),
    (re.compile(r"\+?\d[\d ()-]{7,}\d"), "[phone]"),
    (re.compile(r"\b(?:\d[ -]?){13,19}\b"), "[card]"),
    (re.compile(r"\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}\b"), "[api-key]"),
    (re.compile(r"\bxox[abpr]-[A-Za-z0-9-]{10,}\b"), "[slack-token]"),
    (re.compile(r"\b(?:ghp|gho|ghs)_[A-Za-z0-9]{20,}\b"), "[github-token]"),
    (re.compile(r"(?i)\b(password|passwd|secret|token)\s*[:=]\s*\S+"), r"\1: [redacted]"),
]


def redact(text: str) -> str:
    for rx, repl in PATTERNS:
        text = rx.sub(repl, text)
    return text


if __name__ == "__main__":
    sys.stdout.write(redact(sys.stdin.read()))
