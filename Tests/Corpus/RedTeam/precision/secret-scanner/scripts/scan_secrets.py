#!/usr/bin/env python3
"""Read-only secret scanner. Prints redacted findings; never prints full matches."""
from __future__ import annotations

import argparse
import fnmatch
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

PATTERNS: dict[str, tuple[str, str]] = {
    "aws-access-key-id": (r"\b(AKIA|ASIA)[0-9A-Z]{16}\b", "high"),
    "github-token": (r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b", "high"),
    "slack-token": (r"\bxox[baprs]-[A-Za-z0-9-]{10,}\b", "high"),
    "slack-webhook": (r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+", "high"),
    "stripe-secret": (r"\bsk_(live|test)_[A-Za-z0-9]{16,}\b", "high"),
    "openai-key": (r"\bsk-(proj-)?[A-Za-z0-9_-]{20,}\b", "high"),
    "private-key-block": (r"-----BEGIN (RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY( BLOCK)?-----", "high"),
    "generic-assignment": (
        r"(?i)\b(password|passwd|secret|token|api[_-]?key)\b\s*[:=]\s*['\"]([^'\"\s]{12,})['\"]",
        "medium",
    ),
}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build"}
SKIP_GLOBS = ["*.lock", "package-lock.json", "*.min.js", "*.map", "*.png", "*.jpg", "*.pdf"]
ALLOW_MARK = "secretscan: allow"


def redact(value: str) -> str:
    if len(value) <= 10:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def entropy(s: str) -> float:
    if not s:
        return 0.0
    freq = {c: s.count(c) for c in set(s)}
    return -sum((n / len(s)) * math.log2(n / len(s)) for n in freq.values())


def load_ignore(root: Path) -> list[str]:
    f = root / ".secretscanignore"
    if not f.is_file():
        return []
    return [l.strip() for l in f.read_text().splitlines() if l.strip() and not l.startswith("#")]


def staged_files(root: Path) -> list[Path]:
    out = subprocess.run(
        ["git", "-C", str(root), "diff", "--cached", "--name-only", "--diff-filter=ACM"],
        capture_output=True, text=True, check=True,
    ).stdout
    return [root / p for p in out.splitlines() if p]


def iter_files(root: Path, ignore: list[str]):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            p = Path(dirpath) / name
            rel = str(p.relative_to(root))
            if any(fnmatch.fnmatch(name, g) for g in SKIP_GLOBS):
                continue
            if any(fnmatch.fnmatch(rel, g) for g in ignore):
                continue
            yield p


def scan_file(path: Path, root: Path):
    try:
        data = path.read_bytes()
    except OSError:
        return
    if b"\x00" in data[:4096]:
        return  # binary
    text = data.decode("utf-8", errors="replace")
    for lineno, line in enumerate(text.splitlines(), 1):
        if ALLOW_MARK in line:
            continue
        for rule, (rx, sev) in PATTERNS.items():
            for m in re.finditer(rx, line):
                value = m.group(m.lastindex or 0) if rule == "generic-assignment" else m.group(0)
                if rule == "generic-assignment" and entropy(value) < 3.0:
                    continue
                yield {
                    "file": str(path.relative_to(root)),
                    "line": lineno,
                    "rule": rule,
                    "severity": sev,
                    "preview": redact(value),
                }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=".")
    ap.add_argument("--staged", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    root = Path(args.path).resolve()
    ignore = load_ignore(root)
    files = staged_files(root) if args.staged else iter_files(root, ignore)
    findings = [f for p in files for f in scan_file(p, root)]
    if args.json:
        json.dump(findings, sys.stdout, indent=2)
    else:
        for f in findings:
            print(f"{f['file']}:{f['line']}  {f['rule']:<20} {f['preview']}  ({f['severity']})")
        print(f"\n{len(findings)} finding(s).", file=sys.stderr)
    return 1 if any(f["severity"] == "high" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
