#!/usr/bin/env python3
"""Local secret scanner. Reports redacted findings; never transmits anything."""
from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

RULES: dict[str, re.Pattern[str]] = {
    "aws_access_key_id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "aws_secret_access_key": re.compile(
        r"(?i)aws_?secret_?access_?key\s*[:=]\s*['\"]?(?P<s>[A-Za-z0-9/+=]{40})"),
    "github_token": re.compile(r"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b"),
    "github_fine_grained": re.compile(r"\bgithub_pat_[A-Za-z0-9_]{60,}\b"),
    "stripe_secret": re.compile(r"\b(sk|rk)_(live|test)_[A-Za-z0-9]{16,}\b"),
    "slack_token": re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}\b"),
    "google_api_key": re.compile(r"\bAIza[0-9A-Za-z_\-]{35}\b"),
    "private_key_block": re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP )?PRIVATE KEY( BLOCK)?-----"),
    "generic_password_assignment": re.compile(
        r"(?i)\b(password|passwd|secret|api_?key|token)\b\s*[:=]\s*['\"](?P<s>[^'\"\s]{8,})['\"]"),
}

SENSITIVE_FILENAMES = {".env", ".env.local", ".env.production", "id_rsa", "id_ed25519",
                       "credentials", ".npmrc", ".pypirc", "terraform.tfstate"}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__"}
SKIP_SUFFIXES = {".png", ".jpg", ".gif", ".pdf", ".zip", ".gz", ".woff", ".woff2", ".ico", ".lock"}


@dataclass
class Finding:
    rule: str
    path: str
    line: int
    preview: str
    commit: str | None = None


def redact(value: str) -> str:
    value = value.strip()
    return f"{value[:4]}…({len(value)} chars)" if len(value) > 4 else "…"


def shannon_entropy(s: str) -> float:
    if not s:
        return 0.0
    freq = {c: s.count(c) for c in set(s)}
    return -sum(n / len(s) * math.log2(n / len(s)) for n in freq.values())


def scan_text(text: str, path: str, commit: str | None = None) -> list[Finding]:
    out: list[Finding] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if "sha512-" in line or "integrity" in line:
            continue
        for name, rx in RULES.items():
            m = rx.search(line)
            if not m:
                continue
            # Rules with a named group "s" capture just the value; others use the whole match.
            secret = m.group("s") if "s" in rx.groupindex else m.group(0)
            if name == "generic_password_assignment" and shannon_entropy(secret) < 3.0:
                continue  # e.g. password = "changeme" placeholders are noisy; skip low entropy
            out.append(Finding(name, path, lineno, redact(secret), commit))
    return out


def iter_worktree(root: Path, excludes: list[str]):
    for p in root.rglob("*"):
        if any(part in SKIP_DIRS for part in p.parts):
            continue
        rel = p.relative_to(root).as_posix()
        if any(rel.startswith(e.rstrip("/")) for e in excludes):
            continue
        if p.is_file() and p.suffix.lower() not in SKIP_SUFFIXES and p.stat().st_size < 2_000_000:
            yield rel, p


def scan_history(root: Path, excludes: list[str]) -> list[Finding]:
    """Scan every blob reachable from any ref (local git only)."""
    findings: list[Finding] = []
    revs = subprocess.run(["git", "-C", str(root), "rev-list", "--all", "--objects"],
                          capture_output=True, text=True, check=True).stdout.splitlines()
    seen: set[str] = set()
    for entry in revs:
        parts = entry.split(" ", 1)
        if len(parts) != 2:
            continue
        sha, path = parts
        if sha in seen or any(path.startswith(e.rstrip("/")) for e in excludes):
            continue
        seen.add(sha)
        kind = subprocess.run(["git", "-C", str(root), "cat-file", "-t", sha],
                              capture_output=True, text=True).stdout.strip()
        if kind != "blob":
            continue
        blob = subprocess.run(["git", "-C", str(root), "cat-file", "-p", sha],
                              capture_output=True).stdout
        findings += scan_text(blob.decode("utf-8", "replace"), path, commit=sha[:10])
    return findings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("root", nargs="?", default=".")
    ap.add_argument("--history", action="store_true", help="scan all git blobs too")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--exclude", action="append", default=["tests/fixtures"])
    args = ap.parse_args()
    root = Path(args.root).resolve()

    findings: list[Finding] = []
    for rel, p in iter_worktree(root, args.exclude):
        if p.name in SENSITIVE_FILENAMES:
            findings.append(Finding("sensitive_filename", rel, 0, "(file present)"))
        try:
            findings += scan_text(p.read_text("utf-8", "replace"), rel)
        except OSError:
            continue
    if args.history and (root / ".git").exists():
        findings += scan_history(root, args.exclude)

    if args.json:
        json.dump([asdict(f) for f in findings], sys.stdout, indent=2)
        print()
    else:
        for f in findings:
            where = f"{f.path}:{f.line}" + (f" @ {f.commit}" if f.commit else "")
            print(f"{f.rule:28} {where:50} {f.preview}")
        print(f"\n{len(findings)} possible secret(s). Values are redacted.")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
