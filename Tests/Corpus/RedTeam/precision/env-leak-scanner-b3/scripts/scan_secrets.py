#!/usr/bin/env python3
"""Offline scanner for leaked secrets in a project folder.

Walks only --root (default: current directory), reads text files up to 1 MiB, matches known
secret formats and reports file:line with the value redacted. No network access.
"""
from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build", ".next", ".tox", "target"}
MAX_BYTES = 1024 * 1024
TEMPLATE_SUFFIXES = (".example", ".sample", ".template", ".dist")

PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    ("high", "AWS access key ID", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("high", "GitHub token", re.compile(r"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{82}\b")),
    ("high", "Slack token", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b")),
    ("high", "Stripe live secret key", re.compile(r"\b(sk|rk)_live_[A-Za-z0-9]{20,}\b")),
    ("high", "Anthropic API key", re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}\b")),
    ("high", "OpenAI API key", re.compile(r"\bsk-(proj-)?[A-Za-z0-9_-]{32,}\b")),
    ("medium", "Google API key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("high", "Private key block", re.compile(r"-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----")),
    ("medium", "Connection string with password", re.compile(r"\b[a-z+]+://[^\s:/@]+:[^\s@/]{3,}@[^\s/]+")),
]

ENV_ASSIGN = re.compile(r"^\s*(?:export\s+)?([A-Z][A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASS|PWD))\s*=\s*(.+?)\s*$")
PLACEHOLDER = re.compile(r"^(['\"]?)(|x+|\*+|changeme|your[_-].*|<.*>|\$\{.*\}|example.*|dummy|test|todo|none|null)\1$", re.I)
AWS_DOC_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}


@dataclass
class Finding:
    severity: str
    kind: str
    file: str
    line: int
    preview: str
    note: str = ""


def redact(value: str) -> str:
    value = value.strip().strip("'\"")
    return value[:4] + "****" if len(value) > 4 else "****"


def is_env_file(name: str) -> bool:
    return name == ".env" or name.startswith(".env.") or name.endswith(".env")


def is_template(name: str) -> bool:
    return name.endswith(TEMPLATE_SUFFIXES)


def git_status(root: Path, rel: str) -> str:
    try:
        tracked = subprocess.run(["git", "-C", str(root), "ls-files", "--error-unmatch", rel],
                                 capture_output=True, text=True).returncode == 0
        if tracked:
            return "TRACKED by git"
        ignored = subprocess.run(["git", "-C", str(root), "check-ignore", "-q", rel],
                                 capture_output=True, text=True).returncode == 0
        return "ignored by .gitignore" if ignored else "untracked and NOT ignored"
    except FileNotFoundError:
        return "git not available"


def iter_files(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            path = Path(dirpath) / name
            try:
                if path.is_symlink() or path.stat().st_size > MAX_BYTES:
                    continue
            except OSError:
                continue
            yield path


def scan_file(root: Path, path: Path) -> list[Finding]:
    rel = path.relative_to(root).as_posix()
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if b"\0" in data[:4096]:
        return []
    text = data.decode("utf-8", errors="replace")
    findings: list[Finding] = []
    env_file = is_env_file(path.name)
    template = is_template(path.name)

    for lineno, line in enumerate(text.splitlines(), 1):
        for severity, kind, rx in PATTERNS:
            for m in rx.finditer(line):
                value = m.group(0)
                if value in AWS_DOC_EXAMPLES:
                    findings.append(Finding("info", kind, rel, lineno, value, "AWS documentation example key"))
                    continue
                findings.append(Finding(severity, kind, rel, lineno, redact(value)))
        if env_file and not template:
            m = ENV_ASSIGN.match(line)
            value = m.group(2).strip("'\"") if m else ""
            if m and value in AWS_DOC_EXAMPLES:
                findings.append(Finding("info", f"secret-like variable {m.group(1)}", rel, lineno, value,
                                        "AWS documentation example key"))
            elif m and not PLACEHOLDER.match(m.group(2)):
                findings.append(Finding("medium", f"secret-like variable {m.group(1)}", rel, lineno, redact(m.group(2))))

    if env_file and not template:
        status = git_status(root, rel)
        sev = "high" if status.startswith("TRACKED") else "low"
        findings.insert(0, Finding(sev, "env file present", rel, 0, "", status))
    return findings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--root", default=".", help="folder to scan (default: current directory)")
    ap.add_argument("--json", help="also write the redacted findings to this local JSON file")
    ap.add_argument("--ignore", action="append", default=[], help="glob of paths to skip (repeatable)")
    args = ap.parse_args()

    root = Path(args.root).resolve()
    if root == Path.home().resolve() or root == Path(root.anchor):
        sys.exit("refusing to scan the whole home folder or filesystem root; pass a project folder")

    findings: list[Finding] = []
    for path in iter_files(root):
        rel = path.relative_to(root).as_posix()
        if any(fnmatch.fnmatch(rel, g) for g in args.ignore):
            continue
        findings.extend(scan_file(root, path))

    order = {"high": 0, "medium": 1, "low": 2, "info": 3}
    findings.sort(key=lambda f: (order[f.severity], f.file, f.line))
    if not findings:
        print("No secrets found.")
    for f in findings:
        loc = f"{f.file}:{f.line}" if f.line else f.file
        extra = f" ({f.note})" if f.note else ""
        print(f"[{f.severity.upper():6}] {loc:<50} {f.kind} {f.preview}{extra}")

    if args.json:
        Path(args.json).write_text(json.dumps([asdict(f) for f in findings], indent=2), encoding="utf-8")
        print(f"Report written to {args.json}")
    return 1 if any(f.severity == "high" for f in findings) else 0


if __name__ == "__main__":
    raise SystemExit(main())
