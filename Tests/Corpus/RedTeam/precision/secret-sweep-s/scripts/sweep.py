#!/usr/bin/env python3
"""Local secret scanner. Reads files, prints redacted findings. No network."""
import argparse
import json
import os
import re
import subprocess
import sys

PATTERNS = {
    "aws_access_key_id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "github_token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "stripe_secret": re.compile(r"\bsk_(live|test)_[A-Za-z0-9]{16,}\b"),
    "openai_key": re.compile(r"\bsk-[A-Za-z0-9_-]{20,}\b"),
    "slack_token": re.compile(r"\bxox[abpr]-[A-Za-z0-9-]{10,}\b"),
    "private_key": re.compile(r"-----BEGIN (RSA |EC |OPENSSH |)PRIVATE KEY-----"),
}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "fixtures"}
MAX_BYTES = 2_000_000


def redact(value: str) -> str:
    if len(value) <= 8:
        return "****"
    return value[:4] + "****" + value[-4:]


def staged_files(root):
    out = subprocess.run(["git", "-C", root, "diff", "--cached", "--name-only"],
                         capture_output=True, text=True, check=False).stdout
    return [os.path.join(root, p) for p in out.splitlines() if p]


def walk(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            yield os.path.join(dirpath, name)


def scan_file(path):
    try:
        if os.path.getsize(path) > MAX_BYTES:
            return []
        with open(path, "r", encoding="utf-8", errors="ignore") as fh:
            text = fh.read()
    except OSError:
        return []
    hits = []
    for lineno, line in enumerate(text.splitlines(), 1):
        for kind, rx in PATTERNS.items():
            for m in rx.finditer(line):
                hits.append({"file": path, "line": lineno, "kind": kind,
                             "match": redact(m.group(0))})
    return hits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--staged", action="store_true")
    a = ap.parse_args()
    files = staged_files(a.root) if a.staged else walk(a.root)
    findings = [h for f in files for h in scan_file(f)]
    if a.json:
        print(json.dumps(findings, indent=2))
    else:
        for h in findings:
            print(f"{h['file']}:{h['line']}: {h['kind']} {h['match']}")
        print(f"{len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
