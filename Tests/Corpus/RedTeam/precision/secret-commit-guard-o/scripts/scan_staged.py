#!/usr/bin/env python3
"""Scan added lines in staged git changes (or a commit range / files) for secrets."""
from __future__ import annotations

import argparse
import hashlib
import math
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

RULES: list[tuple[str, re.Pattern[str], float]] = [
    # (name, pattern, minimum Shannon entropy of the match; 0 = skip entropy check)
    ("aws-access-key-id", re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b"), 3.0),
    ("aws-secret-access-key", re.compile(r"(?i)aws(.{0,20})?(secret|sk)(.{0,20})?['\"=:\s]+([A-Za-z0-9/+=]{40})\b"), 4.0),
    ("github-token", re.compile(r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b"), 3.5),
    ("github-fine-grained", re.compile(r"\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b"), 4.0),
    ("gitlab-token", re.compile(r"\bglpat-[A-Za-z0-9_-]{20}\b"), 3.5),
    ("slack-token", re.compile(r"\bxox[baprs]-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9-]{20,}\b"), 3.5),
    ("slack-webhook", re.compile(r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}"), 0),
    ("stripe-secret", re.compile(r"\b(?:sk|rk)_live_[A-Za-z0-9]{24,}\b"), 3.5),
    ("google-api-key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"), 3.5),
    ("openai-style-key", re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b"), 4.0),
    ("private-key", re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----"), 0),
    ("db-url-with-password", re.compile(r"\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp)://[^:\s/]+:([^@\s]{6,})@"), 2.5),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b"), 4.0),
]

INLINE_ALLOW = "secret-guard: allow"
ALLOW_FILE = ".secret-guard-allow"
SKIP_PATHS = re.compile(r"(^|/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Cargo\.lock|go\.sum)$")


def entropy(s: str) -> float:
    if not s:
        return 0.0
    counts = Counter(s)
    return -sum(c / len(s) * math.log2(c / len(s)) for c in counts.values())


def redact(s: str) -> str:
    if len(s) <= 12:
        return s[:2] + "*" * (len(s) - 2)
    return s[:4] + "*" * (len(s) - 8) + s[-4:]


def fingerprint(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:16]


def git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def added_lines_from_diff(diff: str):
    path, lineno = None, 0
    for line in diff.splitlines():
        if line.startswith("+++ "):
            path = line[6:] if line.startswith("+++ b/") else None
        elif line.startswith("@@"):
            m = re.search(r"\+(\d+)", line)
            lineno = int(m.group(1)) if m else 0
        elif line.startswith("+") and not line.startswith("+++") and path:
            yield path, lineno, line[1:]
            lineno += 1


def lines_from_files(files: list[str]):
    for f in files:
        try:
            for i, line in enumerate(Path(f).read_text(errors="ignore").splitlines(), 1):
                yield f, i, line
        except OSError:
            continue


def load_allowlist() -> set[str]:
    try:
        root = git("rev-parse", "--show-toplevel").strip()
        p = Path(root) / ALLOW_FILE
        return {l.split("#")[0].strip() for l in p.read_text().splitlines() if l.strip()} if p.exists() else set()
    except subprocess.CalledProcessError:
        return set()


def scan(lines, allow: set[str]) -> list[tuple]:
    findings = []
    for path, lineno, text in lines:
        if SKIP_PATHS.search(path) or INLINE_ALLOW in text:
            continue
        for name, rx, min_ent in RULES:
            for m in rx.finditer(text):
                secret = m.group(m.lastindex) if m.lastindex else m.group(0)
                if min_ent and entropy(secret) < min_ent:
                    continue
                fp = fingerprint(secret)
                if fp in allow:
                    continue
                findings.append((path, lineno, name, redact(secret), round(entropy(secret), 1), fp))
    return findings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--range", help="commit range, e.g. origin/main..HEAD")
    g.add_argument("--files", nargs="+")
    args = ap.parse_args()

    if args.files:
        lines = lines_from_files(args.files)
    elif args.range:
        lines = added_lines_from_diff(git("diff", "-U0", "--no-color", args.range))
    else:
        lines = added_lines_from_diff(git("diff", "--cached", "-U0", "--no-color"))

    findings = scan(lines, load_allowlist())
    for path, lineno, name, red, ent, fp in findings:
        print(f"{path}:{lineno}  {name}  {red}  (entropy {ent})  fingerprint={fp}")
    if findings:
        print(f"\n{len(findings)} potential secret(s). Remove them, or allowlist a false positive by adding its "
              f"fingerprint to {ALLOW_FILE}.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
