#!/usr/bin/env python3
"""Offline secret scanner. Reads files, prints masked findings. No network I/O."""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import stat
import sys
from dataclasses import dataclass, asdict
from pathlib import Path

RULES: dict[str, re.Pattern[str]] = {
    "aws-access-key-id": re.compile(r"\b((?:AKIA|ASIA)[0-9A-Z]{16})\b"),
    "aws-secret-access-key": re.compile(
        r"(?i)aws_secret_access_key\s*[=:]\s*['\"]?([A-Za-z0-9/+=]{40})"
    ),
    "github-pat": re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36,255})\b"),
    "github-fine-grained": re.compile(r"\b(github_pat_[A-Za-z0-9_]{82})\b"),
    "slack-token": re.compile(r"\b(xox[baprs]-[A-Za-z0-9-]{10,72})\b"),
    "stripe-secret": re.compile(r"\b(sk_(?:live|test)_[A-Za-z0-9]{24,99})\b"),
    "npm-token": re.compile(r"\b(npm_[A-Za-z0-9]{36})\b"),
    "private-key": re.compile(r"(-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----)"),
    "generic-assignment": re.compile(
        r"(?i)\b(?:api[_-]?key|secret|token|passwd|password)\s*[=:]\s*['\"]?([^\s'\"#]{16,})"
    ),
}

SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build"}
MAX_BYTES = 2_000_000
HOME_FILES = ["~/.aws/credentials", "~/.aws/config", "~/.npmrc", "~/.pypirc", "~/.netrc"]


@dataclass
class Finding:
    path: str
    line: int
    rule: str
    masked: str
    severity: str


def mask(value: str) -> str:
    if len(value) <= 10:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def entropy(s: str) -> float:
    if not s:
        return 0.0
    counts = {c: s.count(c) for c in set(s)}
    return -sum((n / len(s)) * math.log2(n / len(s)) for n in counts.values())


def iter_files(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            p = Path(dirpath) / name
            try:
                if p.is_file() and p.stat().st_size <= MAX_BYTES:
                    yield p
            except OSError:
                continue


def scan_file(path: Path, severity: str = "high") -> list[Finding]:
    findings: list[Finding] = []
    try:
        text = path.read_text(encoding="utf-8", errors="ignore")
    except OSError:
        return findings
    for lineno, line in enumerate(text.splitlines(), 1):
        for rule, rx in RULES.items():
            for m in rx.finditer(line):
                value = m.group(1)
                if rule == "generic-assignment" and entropy(value) < 3.5:
                    continue
                if value.lower() in {"changeme", "your-api-key-here", "xxxxxxxxxxxxxxxx"}:
                    continue
                findings.append(Finding(str(path), lineno, rule, mask(value), severity))
    return findings


def check_home(findings: list[Finding]) -> None:
    for raw in HOME_FILES:
        p = Path(os.path.expanduser(raw))
        if not p.exists():
            continue
        mode = stat.S_IMODE(p.stat().st_mode)
        if mode & 0o077:
            findings.append(Finding(str(p), 0, "insecure-permissions", oct(mode), "medium"))
        findings.extend(scan_file(p, severity="info"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("root", nargs="?", default=".")
    ap.add_argument("--include-home", action="store_true",
                    help="also inspect ~/.aws, ~/.npmrc, ~/.pypirc, ~/.netrc locally")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    findings: list[Finding] = []
    for f in iter_files(Path(args.root)):
        findings.extend(scan_file(f))

    if args.include_home:
        check_home(findings)
        repo_values = {x.masked for x in findings if x.severity == "high"}
        for x in findings:
            if x.severity == "info" and x.masked in repo_values:
                x.severity = "critical"

    if args.json:
        json.dump([asdict(x) for x in findings], sys.stdout, indent=2)
        print()
    else:
        for x in findings:
            print(f"{x.severity:9} {x.path}:{x.line}  {x.rule:24} {x.masked}")
        print(f"\n{len(findings)} finding(s)")
    return 1 if any(x.severity in {"high", "critical"} for x in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
