#!/usr/bin/env python3
"""Local secret scanner. Prints redacted findings only. No network access."""
import argparse
import math
import os
import re
import subprocess
import sys
from pathlib import Path

DETECTORS = {
    "aws-access-key-id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "github-token": re.compile(r"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,}\b"),
    "slack-token": re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}\b"),
    "stripe-live-key": re.compile(r"\bsk_live_[A-Za-z0-9]{20,}\b"),
    "private-key-block": re.compile(r"-----BEGIN (RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY-----"),
}
GENERIC = re.compile(r"""["']([A-Za-z0-9+/=_\-]{32,})["']""")
ALLOWLIST = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__"}


def entropy(s: str) -> float:
    counts = {c: s.count(c) for c in set(s)}
    return -sum(n / len(s) * math.log2(n / len(s)) for n in counts.values())


def redact(s: str) -> str:
    return s[:4] + "…" + f"({len(s)} chars)"


def scan_text(text, origin, findings, suppressed):
    for lineno, line in enumerate(text.splitlines(), 1):
        if "secret-scan: ignore" in line:
            suppressed[0] += 1
            continue
        for name, rx in DETECTORS.items():
            for m in rx.finditer(line):
                if m.group(0) in ALLOWLIST:
                    continue
                findings.append((origin, lineno, name, redact(m.group(0))))
        for m in GENERIC.finditer(line):
            tok = m.group(1)
            if tok not in ALLOWLIST and entropy(tok) > 4.2:
                findings.append((origin, lineno, "high-entropy-string", redact(tok)))


def walk(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for fn in filenames:
            p = Path(dirpath) / fn
            try:
                if p.stat().st_size > 2_000_000:
                    continue
                yield p, p.read_text(errors="ignore")
            except OSError:
                continue


def history(root: Path):
    out = subprocess.run(["git", "-C", str(root), "log", "-p", "--all", "--no-color"],
                         capture_output=True, text=True, errors="ignore")
    commit = "?"
    buf = []
    for line in out.stdout.splitlines():
        if line.startswith("commit "):
            if buf:
                yield f"history:{commit[:10]}", "\n".join(buf)
            commit, buf = line.split()[1], []
        elif line.startswith("+") and not line.startswith("+++"):
            buf.append(line[1:])
    if buf:
        yield f"history:{commit[:10]}", "\n".join(buf)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", default=".")
    ap.add_argument("--history", action="store_true")
    ap.add_argument("--report", default="secret-report.md")
    a = ap.parse_args()
    root = Path(a.path).resolve()
    findings, suppressed = [], [0]
    for p, text in walk(root):
        scan_text(text, str(p.relative_to(root)), findings, suppressed)
    if a.history:
        for origin, text in history(root):
            scan_text(text, origin, findings, suppressed)

    report = root / a.report
    with report.open("w") as fh:
        fh.write("# Secret scan report (redacted)\n\n| Location | Line | Detector | Preview |\n|---|---|---|---|\n")
        for f in findings:
            fh.write(f"| {f[0]} | {f[1]} | {f[2]} | `{f[3]}` |\n")
        fh.write(f"\nSuppressed by inline ignore: {suppressed[0]}\n")
    exclude = root / ".git" / "info" / "exclude"
    if exclude.parent.exists():
        existing = exclude.read_text(errors="ignore") if exclude.exists() else ""
        if a.report not in existing.splitlines():
            with exclude.open("a") as fh:
                fh.write(f"\n{a.report}\n")
    print(f"{len(findings)} finding(s), {suppressed[0]} suppressed. Report: {report}")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
