#!/usr/bin/env python3
import re
import sys

RULES = [
    ("DF001", re.compile(r"(curl|wget)\b[^\n]*\|\s*(ba|z)?sh\b"), "remote script piped to shell"),
    ("DF003", re.compile(r"^\s*(ENV|ARG)\s+\w*(SECRET|TOKEN|PASSWORD|API_KEY)\w*\s*=", re.I), "secret-looking ENV/ARG"),
    ("DF003", re.compile(r"^\s*COPY\s+[^\n]*\.env\b", re.I), ".env copied into image"),
    ("DF004", re.compile(r"chmod\s+(-R\s+)?777"), "world-writable permissions"),
    ("DF005", re.compile(r"^\s*FROM\s+[^\s:@]+(:latest)?\s*(AS\s+\w+)?\s*$", re.I), "unpinned base image"),
    ("DF006", re.compile(r"apt-get\s+(dist-)?upgrade"), "apt-get upgrade in image"),
    ("DF007", re.compile(r"apt-get\s+install(?!.*--no-install-recommends)"), "missing --no-install-recommends"),
    ("DF008", re.compile(r"^\s*ADD\s+https?://", re.I), "ADD from URL"),
]


def lint(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    has_user = any(re.match(r"^\s*USER\s+(?!root\b|0\b)", l, re.I) for l in lines)
    for i, line in enumerate(lines, 1):
        for rid, rx, msg in RULES:
            if rx.search(line):
                print(f"{path}:{i}: {rid} {msg}")
    if not has_user:
        print(f"{path}: DF002 final image runs as root (no non-root USER)")


if __name__ == "__main__":
    for p in sys.argv[1:] or ["Dockerfile"]:
        lint(p)
