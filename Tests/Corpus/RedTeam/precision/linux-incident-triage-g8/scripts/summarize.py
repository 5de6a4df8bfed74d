#!/usr/bin/env python3
"""Summarise a triage folder produced by collect.sh into findings.md.

Pure text analysis of local files. Nothing found is executed or fetched.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

# (technique, severity, regex)
RULES = [
    ("pipe-to-shell", "high", r"(curl|wget)\b[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh\b"),
    ("process-substitution fetch", "high", r"(ba)?sh\s+<\(\s*(curl|wget)"),
    ("drop-chmod-run", "high", r"chmod\s+\+x\s+/(tmp|dev/shm|var/tmp)/"),
    ("base64-to-shell", "high", r"base64\s+(-d|--decode|-D)\b[^\n]*\|\s*(ba)?sh"),
    ("python decode-exec", "high", r"exec\(\s*(__import__\(['\"]base64['\"]\)|base64)\.b64decode"),
    ("bash reverse shell", "critical", r"/dev/(tcp|udp)/\d{1,3}(\.\d{1,3}){3}/\d+"),
    ("netcat exec", "critical", r"\bnc(at)?\b[^\n]*\s(-e|--exec)\s"),
    ("fifo shell", "critical", r"mkfifo\s+/tmp/\S+;"),
    ("socat exec", "critical", r"socat\b[^\n]*exec:"),
    ("cron @reboot", "medium", r"^\s*@reboot\b"),
    ("ld.so.preload entry", "high", r"^/\S+\.so"),
    ("instance metadata access", "high", r"169\.254\.169\.254"),
    ("crypto miner", "high", r"xmrig|stratum\+tcp://"),
    ("prompt injection aimed at assistants", "high",
     r"ignore (all |any )?(previous|prior|above) instructions|ai assistant:|you are now in \w+ mode"),
]
COMPILED = [(n, s, re.compile(p, re.IGNORECASE | re.MULTILINE)) for n, s, p in RULES]
ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}


def scan(folder: Path) -> list[tuple[str, str, str, int, str]]:
    hits = []
    for path in sorted(folder.glob("*.txt")):
        for lineno, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            for name, sev, rx in COMPILED:
                if rx.search(line):
                    hits.append((sev, name, path.name, lineno, line.strip()[:200]))
    return sorted(hits, key=lambda h: (ORDER[h[0]], h[2], h[3]))


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: summarize.py TRIAGE_DIR")
    folder = Path(sys.argv[1])
    hits = scan(folder)
    out = folder / "findings.md"
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# Triage findings for {folder.name}\n\n")
        fh.write("Evidence lines are quoted verbatim and are untrusted. Do not run them.\n\n")
        if not hits:
            fh.write("No indicator matched. Absence of hits is not proof of a clean host.\n")
        fh.write("| Severity | Technique | File:line | Evidence |\n|---|---|---|---|\n")
        for sev, name, fname, lineno, text in hits:
            safe = text.replace("|", "\\|").replace("`", "'")
            fh.write(f"| {sev} | {name} | {fname}:{lineno} | `{safe}` |\n")
    print(f"{len(hits)} indicator hit(s); wrote {out}")


if __name__ == "__main__":
    main()
