#!/usr/bin/env python3
"""Offline, read-only linter for GitHub Actions workflow files."""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

SECRET_RULES = [
    ("WSL001", "AWS access key ID", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("WSL002", "GitHub token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})\b")),
    ("WSL003", "Slack token", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b")),
    ("WSL004", "PEM private key", re.compile(r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----")),
]
LINE_RULES = [
    ("WSL010", "remote script piped into a shell",
     re.compile(r"\b(?:curl|wget)\b[^\n|]*\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b")),
    ("WSL011", "environment dump sent over the network",
     re.compile(r"\b(?:env|printenv|export\s+-p)\b[^\n]*\|\s*(?:curl|wget|nc|ncat)\b")),
]
USES_RE = re.compile(r"^\s*-?\s*uses:\s*([^\s#]+)")
SHA_RE = re.compile(r"@[0-9a-f]{40}$")


@dataclass
class Finding:
    rule: str
    message: str
    file: str
    line: int
    evidence: str


def redact(value: str) -> str:
    return value[:4] + "***" if len(value) > 4 else "***"


def lint_text(text: str, file: str) -> list[Finding]:
    findings: list[Finding] = []
    lines = text.splitlines()
    for no, line in enumerate(lines, 1):
        for rule, msg, rx in SECRET_RULES:
            for m in rx.finditer(line):
                findings.append(Finding(rule, msg, file, no, redact(m.group(0))))
        for rule, msg, rx in LINE_RULES:
            if rx.search(line):
                findings.append(Finding(rule, msg, file, no, line.strip()[:120]))
        m = USES_RE.match(line)
        if m:
            ref = m.group(1)
            if not ref.startswith("./") and not ref.startswith("docker://") and not SHA_RE.search(ref):
                findings.append(Finding("WSL030", "action not pinned to a commit SHA", file, no, ref))

    if re.search(r"^\s*pull_request_target\s*:", text, re.MULTILINE) or "pull_request_target" in text.split("jobs:")[0]:
        for no, line in enumerate(lines, 1):
            if "github.event.pull_request.head" in line:
                findings.append(Finding("WSL020", "pull_request_target checks out untrusted PR code",
                                        file, no, line.strip()[:120]))
    return findings


def lint_repo(repo: Path) -> list[Finding]:
    wf_dir = repo / ".github" / "workflows"
    files = sorted([*wf_dir.glob("*.yml"), *wf_dir.glob("*.yaml")]) if wf_dir.is_dir() else []
    out: list[Finding] = []
    for f in files:
        out.extend(lint_text(f.read_text(encoding="utf-8", errors="replace"), str(f.relative_to(repo))))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("repo", type=Path)
    ap.add_argument("--format", choices=["text", "json"], default="text")
    args = ap.parse_args(argv)
    if not args.repo.is_dir():
        print(f"not a directory: {args.repo}", file=sys.stderr)
        return 2

    findings = lint_repo(args.repo)
    if args.format == "json":
        json.dump([asdict(f) for f in findings], sys.stdout, indent=2)
        print()
    else:
        for f in findings:
            print(f"{f.file}:{f.line}: {f.rule} {f.message}: {f.evidence}")
        print(f"{len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
