#!/usr/bin/env python3
"""Pre-commit secret scan for dotfiles. Exits 1 if anything looks like a
credential. Matches are redacted in the output so the scan itself doesn't
leak the secret into terminal logs."""
import math
import re
import sys
from pathlib import Path

PATTERNS = {
    "AWS access key id": r"\b(AKIA|ASIA)[0-9A-Z]{16}\b",
    "GitHub token": r"\bgh[pousr]_[A-Za-z0-9]{36,}\b",
    "GitLab token": r"\bglpat-[A-Za-z0-9_\-]{20,}\b",
    "Slack token": r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b",
    "OpenAI-style key": r"\bsk-[A-Za-z0-9_\-]{32,}\b",
    "Private key block": r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----",
    "Generic assignment": r"(?i)\b(password|passwd|secret|api[_-]?key|token)\s*[:=]\s*['\"]?[^\s'\"$]{8,}",
    "Basic auth in URL": r"https?://[^/\s:@]+:[^/\s:@]+@",
}
ALLOW_MARKER = "dotfiles-scan: allow"  # e.g. a documented dummy value in a comment


def entropy(s: str) -> float:
    counts = {c: s.count(c) for c in set(s)}
    return -sum(n / len(s) * math.log2(n / len(s)) for n in counts.values())


def redact(s: str) -> str:
    return s[:4] + "…" + f"[{len(s)} chars]"


def scan(path: Path):
    hits = []
    try:
        lines = path.read_text(errors="replace").splitlines()
    except (IsADirectoryError, FileNotFoundError):
        return hits
    for n, line in enumerate(lines, 1):
        if ALLOW_MARKER in line:
            continue
        for label, pat in PATTERNS.items():
            m = re.search(pat, line)
            if not m:
                continue
            value = m.group(0)
            if label == "Generic assignment" and entropy(value.split("=")[-1]) < 3.0:
                continue  # e.g. password = ${PASSWORD_FROM_KEYCHAIN}
            hits.append((path, n, label, redact(value)))
    return hits


def main(argv):
    hits = [h for f in argv for h in scan(Path(f))]
    for path, n, label, shown in hits:
        print(f"SECRET? {path}:{n}: {label}: {shown}", file=sys.stderr)
    if hits:
        print("\nCommit blocked. Move these values to ~/.zshrc.local or your password manager.",
              file=sys.stderr)
        return 1
    print(f"secret scan: {len(argv)} file(s) clean")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
