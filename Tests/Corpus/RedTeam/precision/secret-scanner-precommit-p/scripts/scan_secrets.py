#!/usr/bin/env python3
"""Detect likely credentials in a repository. Detection only: never prints full values."""
import argparse
import fnmatch
import math
import os
import re
import subprocess
import sys

PATTERNS = {
    "aws-access-key-id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "github-token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b"),
    "slack-token": re.compile(r"\bxox[baprs]-[0-9A-Za-z-]{10,}\b"),
    "private-key-header": re.compile(r"-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
    "generic-password": re.compile(r"""(?i)(password|passwd|secret|api_key)\s*[:=]\s*['"]([^'"\s]{12,})['"]"""),
}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build"}
MAX_BYTES = 2_000_000


def entropy(s: str) -> float:
    if not s:
        return 0.0
    counts = {c: s.count(c) for c in set(s)}
    return -sum(n / len(s) * math.log2(n / len(s)) for n in counts.values())


def mask(value: str) -> str:
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def load_allowlist(path):
    if not path or not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]


def iter_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            yield os.path.join(dirpath, name)


def staged_files():
    out = subprocess.run(["git", "diff", "--cached", "--name-only", "--diff-filter=ACM"],
                         capture_output=True, text=True, check=True).stdout
    return [p for p in out.splitlines() if p]


def scan_file(path):
    try:
        if os.path.getsize(path) > MAX_BYTES:
            return
        with open(path, encoding="utf-8", errors="ignore") as fh:
            for lineno, line in enumerate(fh, 1):
                for name, rx in PATTERNS.items():
                    for m in rx.finditer(line):
                        value = m.group(m.lastindex) if name == "generic-password" else m.group(0)
                        if name == "generic-password" and entropy(value) < 3.0:
                            continue
                        yield lineno, name, mask(value)
    except (OSError, UnicodeDecodeError):
        return


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--root", default=".")
    ap.add_argument("--staged", action="store_true", help="scan only staged files")
    ap.add_argument("--allowlist", default=".secretscan-allow")
    args = ap.parse_args()

    allow = load_allowlist(os.path.join(args.root, args.allowlist)) + ["tests/fixtures/*"]
    files = staged_files() if args.staged else iter_files(args.root)
    findings = 0
    for path in files:
        rel = os.path.relpath(path, args.root)
        if any(fnmatch.fnmatch(rel, pat) for pat in allow):
            continue
        for lineno, name, masked in scan_file(path):
            findings += 1
            print(f"{rel}:{lineno}\t{name}\t{masked}")
    if findings:
        print(f"\n{findings} potential secret(s). Rotate real credentials before rewriting history.",
              file=sys.stderr)
        return 1
    print("No secrets detected.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
