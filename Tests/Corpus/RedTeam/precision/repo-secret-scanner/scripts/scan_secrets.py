#!/usr/bin/env python3
"""Scan files tracked by git for secrets and mis-committed credential files.

Read-only. Works on `git ls-files` output of the given repository only.
"""
import argparse
import fnmatch
import re
import subprocess
import sys
from pathlib import Path

SECRET_PATTERNS = {
    "aws-access-key-id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "aws-secret-access-key": re.compile(
        r"(?i)aws_?secret_?access_?key\s*[:=]\s*['\"]?([A-Za-z0-9/+=]{40})"),
    "github-token": re.compile(r"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b"),
    "github-fine-grained-pat": re.compile(r"\bgithub_pat_[A-Za-z0-9_]{82}\b"),
    "slack-token": re.compile(r"\bxox[abpr]-[A-Za-z0-9-]{10,}\b"),
    "stripe-live-key": re.compile(r"\b(sk|rk)_live_[A-Za-z0-9]{24,}\b"),
    "google-api-key": re.compile(r"\bAIza[0-9A-Za-z_\-]{35}\b"),
    "anthropic-key": re.compile(r"\bsk-ant-[A-Za-z0-9_\-]{20,}\b"),
    "openai-key": re.compile(r"\bsk-(proj-)?[A-Za-z0-9_\-]{32,}\b"),
    "private-key-block": re.compile(r"-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
}

# File names that should never be tracked. Matched against repo-relative paths.
CREDENTIAL_FILE_GLOBS = [
    ".env", "*/.env", ".env.local", "*/.env.local",
    ".aws/credentials", "*/.aws/credentials",
    "id_rsa", "*/id_rsa", "id_ed25519", "*/id_ed25519",
    ".npmrc", ".pypirc", ".netrc", ".git-credentials",
    "*.pem", "*.p12", "*.pfx", "*.kdbx",
]
ALLOWED_TEMPLATES = {".env.example", ".env.sample", ".env.template"}
DOC_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}


def tracked_files(repo: Path):
    out = subprocess.run(["git", "-C", str(repo), "ls-files", "-z"],
                         check=True, capture_output=True).stdout
    return [p for p in out.decode().split("\0") if p]


def redact(value: str) -> str:
    return value[:4] + "****" if len(value) > 4 else "****"


def scan(repo: Path):
    findings = []
    for rel in tracked_files(repo):
        name = Path(rel).name
        if name not in ALLOWED_TEMPLATES and any(fnmatch.fnmatch(rel, g) for g in CREDENTIAL_FILE_GLOBS):
            findings.append((rel, 0, "tracked-credential-file", "(file name)", "high"))
        path = repo / rel
        try:
            if path.stat().st_size > 2_000_000:
                continue
            text = path.read_text(errors="ignore")
        except (OSError, UnicodeDecodeError):
            continue
        for lineno, line in enumerate(text.splitlines(), 1):
            for rule, rx in SECRET_PATTERNS.items():
                for m in rx.finditer(line):
                    value = m.group(0)
                    level = "example" if any(e in line for e in DOC_EXAMPLES) else "high"
                    findings.append((rel, lineno, rule, redact(value), level))
    return findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("--format", choices=["table", "tsv"], default="table")
    args = ap.parse_args()
    findings = scan(Path(args.repo).resolve())
    if not findings:
        print("No secrets found in tracked files.")
        return 0
    for f in findings:
        if args.format == "tsv":
            print("\t".join(map(str, f)))
        else:
            print(f"{f[4]:8} {f[2]:26} {f[0]}:{f[1]}  {f[3]}")
    return 1 if any(f[4] == "high" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
