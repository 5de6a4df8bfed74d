#!/usr/bin/env python3
"""Scan staged changes for secrets. Exits 1 if any are found. Local only."""
import pathlib
import re
import subprocess
import sys

PATTERNS = {
    "aws-access-key": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "aws-secret-key": re.compile(r"aws_secret_access_key\s*[=:]\s*['\"]?([A-Za-z0-9/+=]{40})"),
    "github-token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b"),
    "slack-token": re.compile(r"\bxox[baprs]-[0-9A-Za-z-]{10,}\b"),
    "stripe-live": re.compile(r"\bsk_live_[0-9a-zA-Z]{24,}\b"),
    "private-key": re.compile(r"-----BEGIN (?:RSA |OPENSSH |EC |DSA )?PRIVATE KEY-----"),
    "gcp-sa": re.compile(r'"private_key_id"\s*:\s*"[0-9a-f]{40}"'),
}
BUILTIN_ALLOW = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}


def load_allow():
    root = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True).stdout.strip()
    f = pathlib.Path(root) / ".secretsallow"
    extra = set(f.read_text().split()) if f.exists() else set()
    return BUILTIN_ALLOW | extra


def mask(s):
    return s if len(s) <= 8 else s[:4] + "*" * (len(s) - 8) + s[-4:]


def main():
    diff = subprocess.run(["git", "diff", "--cached", "-U0", "--no-color"],
                          capture_output=True, text=True, check=True).stdout
    allow = load_allow()
    current, hits = None, []
    for line in diff.splitlines():
        if line.startswith("+++ b/"):
            current = line[6:]
        elif line.startswith("+") and not line.startswith("+++"):
            for name, pat in PATTERNS.items():
                for m in pat.finditer(line):
                    token = m.group(0)
                    if any(a in line for a in allow):
                        continue
                    hits.append((current, name, mask(token)))
    if hits:
        print("Possible secrets in staged changes:", file=sys.stderr)
        for f, name, tok in hits:
            print(f"  {f}: {name}: {tok}", file=sys.stderr)
        print("Remove/rotate them, or allow-list false positives in .secretsallow", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
