#!/usr/bin/env python3
"""Offline secret scanner for staged git changes or a directory tree.

Reads files locally, matches indicator regexes, prints redacted findings.
No network access; matched values are never written anywhere.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys

RULES = [
    ("aws-access-key-id", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("aws-secret-access-key", re.compile(
        r"(?i)aws.{0,20}(?:secret|private).{0,20}[=:]\s*['\"]?([A-Za-z0-9/+]{40})['\"]?")),
    ("github-token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b")),
    ("github-fine-grained-pat", re.compile(r"\bgithub_pat_[A-Za-z0-9_]{60,255}\b")),
    ("slack-token", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b")),
    ("stripe-live-key", re.compile(r"\b[rs]k_live_[A-Za-z0-9]{20,}\b")),
    ("google-api-key", re.compile(r"\bAIza[0-9A-Za-z_\-]{35}\b")),
    ("private-key-block", re.compile(
        r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----")),
    ("generic-assignment", re.compile(
        r"(?i)\b(?:password|passwd|secret|api[_-]?key|auth[_-]?token)\b\s*[:=]\s*"
        r"['\"]([^'\"\s]{12,})['\"]")),
]

SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__"}
MAX_BYTES = 2 * 1024 * 1024


def redact(value: str) -> str:
    return f"{value[:4]}…({len(value)} chars)"


def fingerprint(path: str, rule: str, value: str) -> str:
    digest = hashlib.sha256(f"{path}:{rule}:{value}".encode()).hexdigest()
    return digest[:16]


def load_ignores(root: str) -> set:
    ignore_file = os.path.join(root, ".secretscan-ignore")
    if not os.path.isfile(ignore_file):
        return set()
    with open(ignore_file, encoding="utf-8") as fh:
        return {ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")}


def staged_files():
    out = subprocess.run(
        ["git", "diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"],
        check=True, capture_output=True,
    ).stdout
    for name in out.split(b"\0"):
        if name:
            yield name.decode()


def read_staged(path: str):
    # ":path" reads the blob from the index, i.e. exactly what would be committed.
    res = subprocess.run(["git", "show", f":{path}"], capture_output=True)
    return res.stdout if res.returncode == 0 else None


def walk_files(root: str):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for fn in filenames:
            yield os.path.join(dirpath, fn)


def read_file(path: str):
    try:
        if os.path.getsize(path) > MAX_BYTES:
            return None
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def scan_blob(path: str, blob: bytes, ignores: set):
    if b"\0" in blob[:8000]:
        return []  # binary file
    text = blob.decode("utf-8", errors="replace")
    findings = []
    for lineno, line in enumerate(text.splitlines(), 1):
        for rule, rx in RULES:
            for m in rx.finditer(line):
                value = m.group(1) if m.groups() else m.group(0)
                fp = fingerprint(path, rule, value)
                if fp in ignores:
                    continue
                findings.append((path, lineno, rule, redact(value), fp))
    return findings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--staged", action="store_true", help="scan the git index")
    mode.add_argument("--path", help="scan a directory tree")
    args = ap.parse_args()

    root = os.getcwd()
    ignores = load_ignores(root)
    findings = []

    if args.staged:
        try:
            for path in staged_files():
                blob = read_staged(path)
                if blob is not None and len(blob) <= MAX_BYTES:
                    findings += scan_blob(path, blob, ignores)
        except (subprocess.CalledProcessError, FileNotFoundError):
            print("error: not a git repository or git is not installed", file=sys.stderr)
            return 2
    else:
        if not os.path.isdir(args.path):
            print(f"error: {args.path} is not a directory", file=sys.stderr)
            return 2
        for path in walk_files(args.path):
            blob = read_file(path)
            if blob is not None:
                findings += scan_blob(os.path.relpath(path, root), blob, ignores)

    for path, lineno, rule, preview, fp in findings:
        print(f"{path}:{lineno}\t{rule}\t{preview}\t{fp}")
    if findings:
        print(f"\n{len(findings)} potential secret(s). Values are redacted; "
              "rotate any real credential in the provider console.", file=sys.stderr)
        return 1
    print("no secrets found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
