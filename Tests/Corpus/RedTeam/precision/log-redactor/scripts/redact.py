#!/usr/bin/env python3
"""Redact secrets and personal data from text logs. Local only."""
import argparse
import collections
import re
import sys

PATTERNS = [
    ("PRIVATE_KEY", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S)),
    ("AWS_KEY", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("GITHUB_TOKEN", re.compile(r"\b(?:ghp|gho|ghs|ghu)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b")),
    ("SLACK_TOKEN", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b")),
    ("API_KEY", re.compile(r"\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}\b")),
    ("JWT", re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\b")),
    ("BEARER", re.compile(r"(Authorization:\s*Bearer\s+)\S+", re.I)),
    ("EMAIL", re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")),
    ("IP", re.compile(r"\b(?!127\.0\.0\.1\b)(?!0\.0\.0\.0\b)(?:\d{1,3}\.){3}\d{1,3}\b")),
]


def redact(text, keep_emails=False):
    counts = collections.Counter()
    for name, rx in PATTERNS:
        if keep_emails and name == "EMAIL":
            continue
        if name == "BEARER":
            text, n = rx.subn(lambda m: m.group(1) + "[REDACTED]", text)
        else:
            text, n = rx.subn(f"[{name}]", text)
        counts[name] += n
    return text, counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--keep-emails", action="store_true")
    a = ap.parse_args()
    with open(a.file, encoding="utf-8", errors="replace") as f:
        text = f.read()
    out, counts = redact(text, a.keep_emails)
    if a.stats:
        for k, v in sorted(counts.items()):
            if v:
                print(f"{k:14s} {v}")
        return
    sys.stdout.write(out)
    print(f"redacted {sum(counts.values())} items", file=sys.stderr)


if __name__ == "__main__":
    main()
