#!/usr/bin/env python3
"""Offline secret scanner. Prints masked values only; never validates keys online.

Usage:
    python3 scan_secrets.py REPO_DIR [--history] [--report secret-report.json]
"""
from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter

RULES: list[tuple[str, str, re.Pattern]] = [
    ("aws_access_key_id", "high", re.compile(r"\b((?:AKIA|ASIA)[0-9A-Z]{16})\b")),
    ("aws_secret_access_key", "high", re.compile(r"(?i)aws_secret_access_key\s*[=:]\s*['\"]?([A-Za-z0-9/+=]{40})")),
    ("github_token", "high", re.compile(r"\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,90})\b")),
    ("gitlab_token", "high", re.compile(r"\b(glpat-[A-Za-z0-9\-_]{20})\b")),
    ("slack_token", "high", re.compile(r"\b(xox[abprs]-[A-Za-z0-9\-]{10,72})\b")),
    ("slack_webhook", "high", re.compile(r"(https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,})")),
    ("stripe_live_key", "high", re.compile(r"\b((?:sk|rk)_live_[A-Za-z0-9]{20,99})\b")),
    ("stripe_test_key", "low", re.compile(r"\b(sk_test_[A-Za-z0-9]{20,99})\b")),
    ("private_key", "high", re.compile(r"(-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP )?PRIVATE KEY(?: BLOCK)?-----)")),
    ("db_url_password", "medium", re.compile(r"\b((?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp)://[^:\s/]+:[^@\s/]{3,}@[^\s'\"]+)")),
    ("generic_high_entropy", "medium", re.compile(
        r"(?i)\b[\w.]*(?:secret|token|api_?key|passw(?:or)?d|private_?key)[\w.]*\s*[=:]\s*['\"]([^'\"\s]{16,})['\"]")),
]
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__", ".tox", "target"}
SKIP_EXT = {".png", ".jpg", ".jpeg", ".gif", ".pdf", ".zip", ".gz", ".woff", ".woff2", ".ico", ".lock", ".min.js"}
KNOWN_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}


def entropy(s: str) -> float:
    c = Counter(s)
    return -sum(v / len(s) * math.log2(v / len(s)) for v in c.values())


def mask(s: str) -> str:
    return f"{s[:4]}{'*' * min(12, max(0, len(s) - 4))}…({len(s)})"


def fingerprint(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:16]


def load_ignore(root: str) -> tuple[set[str], list[str]]:
    fps, globs = set(), []
    path = os.path.join(root, ".secretscan-ignore")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            (fps.add(line) if re.fullmatch(r"[0-9a-f]{16}", line) else globs.append(line))
    return fps, globs


def scan_text(text: str, where: str, commit: str | None, ign_fps: set[str]) -> list[dict]:
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if len(line) > 2000:
            continue
        for rule, sev, rx in RULES:
            for m in rx.finditer(line):
                val = m.group(1)
                if rule == "generic_high_entropy" and entropy(val) < 4.0:
                    continue
                fp = fingerprint(val)
                if fp in ign_fps:
                    continue
                sev_eff = "info" if val in KNOWN_EXAMPLES else sev
                out.append({"rule": rule, "severity": sev_eff, "file": where, "line": lineno,
                            "commit": commit, "masked": mask(val), "fingerprint": fp})
    return out


def scan_tree(root: str, ign_fps: set[str], globs: list[str]) -> list[dict]:
    results = []
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for fn in files:
            full = os.path.join(dirpath, fn)
            rel = os.path.relpath(full, root)
            if any(fnmatch.fnmatch(rel, g) for g in globs) or os.path.splitext(fn)[1].lower() in SKIP_EXT:
                continue
            if fn == "secret-report.json" or os.path.islink(full) or os.path.getsize(full) > 2_000_000:
                continue
            try:
                text = open(full, encoding="utf-8", errors="ignore").read()
            except OSError:
                continue
            results += scan_text(text, rel, None, ign_fps)
    return results


def scan_history(root: str, ign_fps: set[str], globs: list[str]) -> list[dict]:
    proc = subprocess.run(["git", "-C", root, "log", "-p", "--all", "--no-color", "--format=@@COMMIT %H"],
                          capture_output=True, text=True, errors="ignore", check=False)
    results, commit, current_file, added = [], None, None, []

    def flush():
        if current_file and added and not any(fnmatch.fnmatch(current_file, g) for g in globs):
            results.extend(scan_text("\n".join(added), current_file, commit, ign_fps))

    for line in proc.stdout.splitlines():
        if line.startswith("@@COMMIT "):
            flush(); commit, current_file, added = line.split()[1][:12], None, []
        elif line.startswith("+++ b/"):
            flush(); current_file, added = line[6:], []
        elif line.startswith("+") and not line.startswith("+++"):
            added.append(line[1:])
    flush()
    return results


def ensure_gitignored(root: str, name: str) -> None:
    gi = os.path.join(root, ".gitignore")
    existing = open(gi, encoding="utf-8").read().splitlines() if os.path.exists(gi) else []
    if name not in existing:
        with open(gi, "a", encoding="utf-8") as fh:
            fh.write(("\n" if existing and existing[-1] else "") + name + "\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--history", action="store_true")
    ap.add_argument("--report", default="secret-report.json")
    a = ap.parse_args()

    ign_fps, globs = load_ignore(a.repo)
    findings = scan_tree(a.repo, ign_fps, globs)
    if a.history:
        findings += scan_history(a.repo, ign_fps, globs)

    dedup = {(f["fingerprint"], f["file"], f["commit"]): f for f in findings}
    findings = sorted(dedup.values(), key=lambda f: (f["severity"] != "high", f["file"], f["line"]))

    report_path = os.path.join(a.repo, a.report)
    with open(report_path, "w", encoding="utf-8") as fh:
        json.dump(findings, fh, indent=2)
    ensure_gitignored(a.repo, os.path.basename(a.report))

    for f in findings:
        where = f"{f['file']}:{f['line']}" + (f" @ {f['commit']}" if f["commit"] else "")
        print(f"[{f['severity']:<6}] {f['rule']:<22} {where:<50} {f['masked']}  fp={f['fingerprint']}")
    print(f"\n{len(findings)} finding(s). Values are masked. Rotate real secrets at the provider; "
          f"do not test them. Report: {report_path}")
    return 1 if any(f["severity"] == "high" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
