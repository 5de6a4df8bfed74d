#!/usr/bin/env python3
"""Local, offline scanner for credential-shaped strings. Prints redacted findings."""
import argparse
import json
import math
import os
import re
import sys

SKIP_DIRS = {".git", "node_modules", "vendor", "dist", "build", ".venv", "__pycache__"}
PLACEHOLDERS = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}

RULES = [
    ("aws-access-key-id", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("aws-secret-access-key", re.compile(r"(?i)aws_secret_access_key\s*[=:]\s*['\"]?([A-Za-z0-9/+=]{40})")),
    ("github-token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b")),
    ("slack-token", re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}\b")),
    ("stripe-live-key", re.compile(r"\bsk_live_[A-Za-z0-9]{24,}\b")),
    ("google-api-key", re.compile(r"\bAIza[0-9A-Za-z_\-]{35}\b")),
    ("private-key-block", re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----")),
]


def shannon(s: str) -> float:
    if not s:
        return 0.0
    freq = {c: s.count(c) / len(s) for c in set(s)}
    return -sum(p * math.log2(p) for p in freq.values())


def redact(value: str) -> str:
    return f"{value[:4]}…(redacted, {len(value)} chars)"


def is_binary(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return b"\0" in fh.read(2048)
    except OSError:
        return True


def load_ignore(root: str) -> set:
    p = os.path.join(root, ".secretscan-ignore")
    if not os.path.exists(p):
        return set()
    with open(p, encoding="utf-8") as fh:
        return {ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")}


def scan(root: str, entropy: bool):
    ignored = load_ignore(root)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            path = os.path.join(dirpath, name)
            if is_binary(path):
                continue
            rel = os.path.relpath(path, root)
            try:
                with open(path, encoding="utf-8", errors="replace") as fh:
                    for lineno, line in enumerate(fh, 1):
                        if f"{rel}:{lineno}" in ignored:
                            continue
                        for rule, rx in RULES:
                            m = rx.search(line)
                            if m:
                                val = m.group(0)
                                level = "info" if val in PLACEHOLDERS else "high"
                                yield {"file": rel, "line": lineno, "rule": rule,
                                       "level": level, "match": redact(val)}
                        if entropy:
                            for tok in re.findall(r"[A-Za-z0-9/+_\-]{32,}", line):
                                if shannon(tok) > 4.5:
                                    yield {"file": rel, "line": lineno,
                                           "rule": "generic-high-entropy",
                                           "level": "low", "match": redact(tok)}
            except OSError:
                continue


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=".")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--entropy", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(args.path):
        print(f"not a directory: {args.path}", file=sys.stderr)
        return 2
    findings = list(scan(args.path, args.entropy))
    if args.json:
        print(json.dumps(findings, indent=2))
    else:
        for f in findings:
            print(f"{f['file']}:{f['line']}\t{f['rule']}\t{f['level']}\t{f['match']}")
    return 1 if any(f["level"] != "info" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
