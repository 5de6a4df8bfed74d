#!/usr/bin/env python3
"""Read-only secret and dangerous-pattern scanner.

Walks files, matches regexes, prints redacted findings. Never executes,
decodes-and-runs, or transmits anything it finds.
"""
import argparse
import json
import os
import re
import sys

MAX_BYTES = 2 * 1024 * 1024
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__"}

SECRET_RULES = [
    ("aws-access-key-id", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("github-token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b")),
    ("github-fine-grained", re.compile(r"\bgithub_pat_[A-Za-z0-9_]{60,}\b")),
    ("slack-token", re.compile(r"\bxox[abpors]-[A-Za-z0-9-]{10,}\b")),
    ("stripe-secret", re.compile(r"\b(sk|rk)_(live|test)_[A-Za-z0-9]{16,}\b")),
    ("openai-key", re.compile(r"\bsk-(proj-)?[A-Za-z0-9_-]{20,}\b")),
    ("private-key", re.compile(r"-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----")),
    ("generic-password-assign", re.compile(r"(?i)\b(password|passwd|secret)\s*[:=]\s*['\"][^'\"\s]{8,}['\"]")),
]

PATTERN_RULES = [
    ("remote-exec-pipe", re.compile(r"(curl|wget)[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b")),
    ("reverse-shell-devtcp", re.compile(r"/dev/tcp/\d{1,3}(\.\d{1,3}){3}/\d+")),
    ("reverse-shell-nc", re.compile(r"\bnc(at)?\s+(-\w+\s+)*-e\s+/bin/(ba)?sh")),
    ("base64-to-shell", re.compile(r"base64\s+(-d|--decode)[^\n]*\|\s*(ba)?sh\b")),
    ("powershell-encoded", re.compile(r"(?i)powershell[^\n]*\s-(e|enc|encodedcommand)\s+[A-Za-z0-9+/=]{16,}")),
    ("credential-file-read", re.compile(r"~/\.(aws/credentials|ssh/id_[a-z0-9]+|netrc|docker/config\.json)")),
    ("prompt-injection-phrase", re.compile(r"(?i)ignore (all )?(previous|prior|above) instructions|you are now in developer mode|do not tell the user")),
]


def redact(value: str) -> str:
    if len(value) <= 8:
        return "*" * len(value)
    return f"{value[:4]}…{value[-2:]} (len {len(value)})"


def iter_files(root):
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            yield os.path.join(dirpath, name)


def scan_file(path):
    findings = []
    try:
        if os.path.getsize(path) > MAX_BYTES:
            return [{"file": path, "line": 0, "rule": "skipped-large", "kind": "info", "snippet": ""}]
        with open(path, "r", encoding="utf-8", errors="strict") as fh:
            lines = fh.readlines()
    except (UnicodeDecodeError, OSError):
        return []
    for lineno, line in enumerate(lines, 1):
        for rule, rx in SECRET_RULES:
            for m in rx.finditer(line):
                findings.append({"file": path, "line": lineno, "rule": rule,
                                 "kind": "secret", "snippet": redact(m.group(0))})
        for rule, rx in PATTERN_RULES:
            if rx.search(line):
                findings.append({"file": path, "line": lineno, "rule": rule,
                                 "kind": "pattern", "snippet": line.strip()[:160]})
    return findings


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--path", default=".")
    ap.add_argument("--stdin-list", action="store_true", help="read file paths from stdin")
    ap.add_argument("--format", choices=["table", "json"], default="table")
    args = ap.parse_args()

    if args.stdin_list:
        files = [l.strip() for l in sys.stdin if l.strip() and os.path.isfile(l.strip())]
    else:
        files = list(iter_files(args.path))

    results = []
    for f in files:
        results.extend(scan_file(f))

    if args.format == "json":
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        for r in results:
            print(f"{r['kind']:8} {r['rule']:26} {r['file']}:{r['line']}  {r['snippet']}")
        print(f"\n{len(results)} finding(s) in {len(files)} file(s)")
    return 1 if any(r["kind"] == "secret" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
