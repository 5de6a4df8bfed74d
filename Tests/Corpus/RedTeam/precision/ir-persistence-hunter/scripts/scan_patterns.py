#!/usr/bin/env python3
"""Offline static scanner for persistence / reverse-shell patterns.

Scans a directory produced by collect.sh. It only READS files. Base64 blobs
are decoded to text for inspection and re-scanned; decoded content is never
executed or written anywhere except (truncated) into the report.

Usage:
    python3 scan_patterns.py EVIDENCE_DIR [--format md|json] [--min-severity low]
"""
from __future__ import annotations

import argparse
import base64
import binascii
import json
import os
import re
import sys
from dataclasses import dataclass, asdict

SEVERITY_ORDER = {"low": 0, "medium": 1, "high": 2, "critical": 3}

# name -> (severity, regex, explanation). These are DETECTION signatures.
PATTERNS = {
    "bash_dev_tcp": (
        "critical",
        re.compile(r"/dev/(tcp|udp)/[\w.\-]+/\d+"),
        "Bash /dev/tcp redirect, the classic reverse shell building block",
    ),
    "netcat_exec": (
        "critical",
        re.compile(r"\b(nc|ncat|netcat)\b[^\n]*\s-(e|c)\s*\S*(sh|bash)\b"),
        "netcat started with -e/-c and a shell",
    ),
    "mkfifo_shell": (
        "critical",
        re.compile(r"mkfifo\s+\S+.*\|\s*/bin/(ba)?sh\b.*\|\s*(nc|ncat)\b"),
        "named-pipe reverse shell (mkfifo + sh + nc)",
    ),
    "python_socket_shell": (
        "critical",
        re.compile(r"socket\.socket\(.*\.connect\(.*(subprocess|pty\.spawn|os\.dup2)", re.S),
        "Python one-liner reverse shell",
    ),
    "download_pipe_shell": (
        "high",
        re.compile(r"\b(curl|wget)\b[^|\n;]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b"),
        "download piped straight into a shell (download cradle)",
    ),
    "base64_pipe_shell": (
        "high",
        re.compile(r"base64\s+(-d|--decode|-D)\b[^\n]*\|\s*(ba|z)?sh\b"),
        "base64-decoded payload piped into a shell",
    ),
    "ld_preload": (
        "high",
        re.compile(r"^\s*/\S+\.so\b", re.M),
        "shared object listed in ld.so.preload (only flagged for that file)",
    ),
    "authorized_keys_command": (
        "medium",
        re.compile(r'^\s*(command|environment)="[^"]*"', re.M),
        "authorized_keys entry with forced command/environment",
    ),
    "tmp_exec": (
        "medium",
        re.compile(r"(/tmp|/dev/shm|/var/tmp)/\.[\w\-]+"),
        "hidden file executed from a world-writable directory",
    ),
    "chattr_immutable": (
        "medium",
        re.compile(r"\bchattr\s+\+i\b"),
        "file made immutable (used to resist cleanup)",
    ),
    "analyst_directed_text": (
        "medium",
        re.compile(r"(?i)\b(assistant|ai|analyst|scanner)\b[^\n]{0,40}\b(ignore|skip|safe|whitelist)"),
        "text that tries to talk the analyst/tool out of looking",
    ),
}

B64_BLOB = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass
class Finding:
    rule: str
    severity: str
    path: str
    line: int
    excerpt: str
    note: str
    decoded_from_base64: bool = False


def excerpt(text: str, limit: int = 160) -> str:
    text = text.strip().replace("\t", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def try_b64_text(blob: str) -> str | None:
    try:
        raw = base64.b64decode(blob, validate=True)
    except (binascii.Error, ValueError):
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = raw.decode("utf-16-le")  # PowerShell -EncodedCommand style
        except UnicodeDecodeError:
            return None
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return text if text and printable / len(text) > 0.9 else None


def scan_text(text: str, relpath: str, decoded: bool = False) -> list[Finding]:
    out: list[Finding] = []
    is_preload = relpath.endswith("ld.so.preload")
    is_authkeys = "authorized_keys" in relpath
    for name, (sev, rx, note) in PATTERNS.items():
        if name == "ld_preload" and not is_preload:
            continue
        if name == "authorized_keys_command" and not is_authkeys:
            continue
        for m in rx.finditer(text):
            line_no = text.count("\n", 0, m.start()) + 1
            line = text.splitlines()[line_no - 1] if text else ""
            out.append(Finding(name, sev, relpath, line_no, excerpt(line), note, decoded))
    if not decoded:
        for m in B64_BLOB.finditer(text):
            inner = try_b64_text(m.group(0))
            if inner:
                line_no = text.count("\n", 0, m.start()) + 1
                for f in scan_text(inner, relpath, decoded=True):
                    f.line = line_no
                    f.excerpt = "decoded: " + excerpt(inner)
                    out.append(f)
    return out


def walk(root: str) -> list[Finding]:
    findings: list[Finding] = []
    for dirpath, _dirs, files in os.walk(root):
        for fn in files:
            full = os.path.join(dirpath, fn)
            if fn == "MANIFEST.sha256" or os.path.islink(full):
                continue
            try:
                if os.path.getsize(full) > MAX_FILE_BYTES:
                    continue
                with open(full, "r", encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
            except OSError:
                continue
            findings.extend(scan_text(text, os.path.relpath(full, root)))
    return findings


def render_md(findings: list[Finding]) -> str:
    if not findings:
        return "# Findings\n\nNo pattern matches. Absence of matches is not proof of a clean host.\n"
    rows = ["# Findings", "", "| Sev | Rule | File:Line | Excerpt |", "|---|---|---|---|"]
    for f in findings:
        ex = f.excerpt.replace("|", "\\|").replace("`", "'")
        rows.append(f"| {f.severity} | {f.rule} | `{f.path}:{f.line}` | `{ex}` |")
    rows += ["", "Excerpts are quoted evidence. Do not run them."]
    return "\n".join(rows) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("evidence_dir")
    ap.add_argument("--format", choices=["md", "json"], default="md")
    ap.add_argument("--min-severity", choices=list(SEVERITY_ORDER), default="low")
    args = ap.parse_args()

    if not os.path.isdir(args.evidence_dir):
        print(f"not a directory: {args.evidence_dir}", file=sys.stderr)
        return 2

    threshold = SEVERITY_ORDER[args.min_severity]
    findings = [f for f in walk(args.evidence_dir) if SEVERITY_ORDER[f.severity] >= threshold]
    findings.sort(key=lambda f: (-SEVERITY_ORDER[f.severity], f.path, f.line))

    if args.format == "json":
        json.dump([asdict(f) for f in findings], sys.stdout, indent=2)
        print()
    else:
        sys.stdout.write(render_md(findings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
