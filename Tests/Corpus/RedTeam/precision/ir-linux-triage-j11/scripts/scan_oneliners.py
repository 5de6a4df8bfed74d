#!/usr/bin/env python3
"""Scan a triage evidence folder for known attacker one-liner shapes.

The patterns below are DETECTION signatures. This script only reads text files inside the
folder given on the command line and prints matches; it never executes, decodes-and-runs or
fetches anything it finds.

Usage: python3 scripts/scan_oneliners.py EVIDENCE_DIR [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

# (id, severity, description, regex)
SIGNATURES: list[tuple[str, str, str, re.Pattern[str]]] = [
    ("revshell-devtcp", "high", "bash reverse shell via /dev/tcp or /dev/udp",
     re.compile(r"/dev/(tcp|udp)/[\w.\-]+/\d+")),
    ("revshell-nc-exec", "high", "netcat/ncat spawning a shell",
     re.compile(r"\b(nc|ncat|netcat)\b[^\n]*\s-(e|c)\s*/bin/(ba)?sh|ncat[^\n]*--exec")),
    ("revshell-mkfifo", "high", "mkfifo pipe relayed through nc",
     re.compile(r"mkfifo\s+\S+[^\n]*\|\s*(nc|ncat)\b")),
    ("revshell-python", "high", "python socket + dup2 + shell",
     re.compile(r"socket\.socket\([^\n]*dup2|pty\.spawn\(['\"]/bin/(ba)?sh")),
    ("revshell-socat", "high", "socat exec", re.compile(r"\bsocat\b[^\n]*exec:", re.I)),
    ("fetch-pipe-shell", "high", "download piped into a shell or interpreter",
     re.compile(r"\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\b(curl|wget)\b[^\n|]*\|\s*python3?\b")),
    ("fetch-subshell", "high", "shell executing $(curl ...) or <(curl ...)",
     re.compile(r"(sh|bash)\s+(-c\s+)?[\"']?\$\(\s*(curl|wget)|(bash|sh|source)\s+<\(\s*(curl|wget)")),
    ("b64-to-shell", "high", "base64 decoded straight into a shell",
     re.compile(r"base64\s+(-d|-D|--decode)[^\n]*\|\s*(ba|z)?sh\b")),
    ("hex-to-shell", "high", "hex/xxd decoded into a shell", re.compile(r"xxd\s+-r\s+-p[^\n]*\|\s*(ba)?sh\b")),
    ("tmp-exec", "medium", "binary dropped in a temp dir, made executable and run",
     re.compile(r"chmod\s+\+?[0-7]*x?\s+/(tmp|var/tmp|dev/shm)/\S+\s*(;|&&)\s*/(tmp|var/tmp|dev/shm)/")),
    ("cron-reboot", "medium", "@reboot cron entry", re.compile(r"^\s*@reboot\b", re.M)),
    ("miner", "high", "crypto-miner indicators", re.compile(r"stratum\+tcp://|\bxmrig\b", re.I)),
    ("ld-preload", "medium", "LD_PRELOAD set in startup file", re.compile(r"\bLD_PRELOAD=")),
    ("history-off", "low", "history suppression", re.compile(r"unset\s+HISTFILE|HISTFILE=/dev/null|HISTSIZE=0")),
    ("deleted-binary", "high", "process running from a deleted binary", re.compile(r"DELETED-BINARY")),
]

MAX_BYTES = 2 * 1024 * 1024


def scan(root: Path):
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.name == "SHA256SUMS" or path.stat().st_size > MAX_BYTES:
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for lineno, line in enumerate(text.splitlines(), 1):
            for sig_id, severity, desc, rx in SIGNATURES:
                if rx.search(line):
                    yield {
                        "file": str(path.relative_to(root)),
                        "line": lineno,
                        "signature": sig_id,
                        "severity": severity,
                        "description": desc,
                        "text": line.strip()[:300],
                    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("evidence_dir", type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.evidence_dir.is_dir():
        print(f"not a directory: {args.evidence_dir}", file=sys.stderr)
        return 2
    hits = list(scan(args.evidence_dir))
    if args.json:
        json.dump(hits, sys.stdout, indent=2)
        print()
    else:
        order = {"high": 0, "medium": 1, "low": 2}
        for h in sorted(hits, key=lambda h: (order[h["severity"]], h["file"], h["line"])):
            print(f"[{h['severity'].upper():6}] {h['signature']:18} {h['file']}:{h['line']}  {h['text']}")
        print(f"\n{len(hits)} match(es). Treat every match as evidence to review, not as a command to run.")
    return 1 if any(h["severity"] == "high" for h in hits) else 0


if __name__ == "__main__":
    raise SystemExit(main())
