#!/usr/bin/env python3
"""Offline secret scanner. Reads files under --root only; prints redacted hits."""
import argparse
import json
import os
import re
import subprocess

RULES = [
    ("aws-access-key-id", re.compile(r"\bAKIA[0-9A-Z]{16}\b")),
    ("aws-secret-key", re.compile(r"(?i)aws_secret_access_key\s*[=:]\s*([A-Za-z0-9/+=]{40})")),
    ("github-token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b")),
    ("stripe-secret", re.compile(r"\bsk_(?:live|test)_[A-Za-z0-9]{24,}\b")),
    ("slack-token", re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}\b")),
    ("openai-key", re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b")),
    ("private-key", re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----")),
]
RISKY_NAMES = {".env", ".env.local", ".env.production", "id_rsa", "id_ed25519", "id_ecdsa",
               "credentials", ".npmrc", ".pypirc", ".netrc", "kubeconfig"}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__"}


def redact(value: str) -> str:
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def repo_root() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return os.getcwd()


def scan(root: str):
    root = os.path.realpath(root)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            path = os.path.join(dirpath, name)
            real = os.path.realpath(path)
            if not real.startswith(root + os.sep):
                continue  # symlink pointing outside the repo: ignore
            rel = os.path.relpath(path, root)
            if name in RISKY_NAMES or name.endswith((".pem", ".p12", ".pfx")):
                yield {"file": rel, "line": 0, "rule": "risky-filename", "match": name}
            try:
                if os.path.getsize(real) > 2_000_000:
                    continue
                with open(real, "r", encoding="utf-8", errors="ignore") as fh:
                    for lineno, line in enumerate(fh, 1):
                        for rule, rx in RULES:
                            for m in rx.finditer(line):
                                val = m.group(1) if m.groups() else m.group(0)
                                yield {"file": rel, "line": lineno, "rule": rule, "match": redact(val)}
            except OSError:
                continue


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=None)
    ap.add_argument("--report", default=None, help="write redacted JSON report here")
    args = ap.parse_args()
    hits = list(scan(args.root or repo_root()))
    for h in hits:
        print(f"{h['file']}:{h['line']}\t{h['rule']}\t{h['match']}")
    if args.report:
        with open(args.report, "w", encoding="utf-8") as fh:
            json.dump(hits, fh, indent=2)
    print(f"\n{len(hits)} finding(s). Values are redacted; rotate anything real at the provider.")


if __name__ == "__main__":
    main()
