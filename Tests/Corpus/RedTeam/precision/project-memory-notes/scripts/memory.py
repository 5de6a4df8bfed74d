#!/usr/bin/env python3
"""Tiny MEMORY.md manager: add / list / search / forget notes at the git root."""
from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

HEADER = "# Project memory\n\nNotes the team asked the assistant to remember. Edit freely.\n\n"
ENTRY_RE = re.compile(r"^- \[(\d+)\] (\d{4}-\d{2}-\d{2})(?: \(([\w,-]+)\))?: (.*)$")

# Redact anything that looks like a credential before it hits the file.
SECRET_PATTERNS = [
    (re.compile(r"AKIA[0-9A-Z]{16}"), "AWS access key id"),
    (re.compile(r"gh[pousr]_[A-Za-z0-9]{36,}"), "GitHub token"),
    (re.compile(r"github_pat_[A-Za-z0-9_]{40,}"), "GitHub fine-grained token"),
    (re.compile(r"sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}"), "OpenAI/Anthropic key"),
    (re.compile(r"[rs]k_(?:live|test)_[A-Za-z0-9]{16,}"), "Stripe key"),
    (re.compile(r"xox[baprs]-[A-Za-z0-9-]{10,}"), "Slack token"),
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"), "private key"),
    (re.compile(r"(?i)(password|passwd|secret)\s*[:=]\s*\S+"), "password assignment"),
]


def git_root() -> Path:
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, check=True)
        return Path(out.stdout.strip())
    except (subprocess.CalledProcessError, FileNotFoundError):
        return Path.cwd()


def redact(text: str) -> tuple[str, list[str]]:
    hits = []
    for rx, label in SECRET_PATTERNS:
        if rx.search(text):
            hits.append(label)
            text = rx.sub(f"[REDACTED {label}]", text)
    return text, hits


def load(path: Path) -> list[tuple[int, str, str, str]]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = ENTRY_RE.match(line)
        if m:
            rows.append((int(m[1]), m[2], m[3] or "", m[4]))
    return rows


def save(path: Path, rows) -> None:
    body = "".join(
        f"- [{n}] {d}{f' ({t})' if t else ''}: {txt}\n" for n, d, t, txt in rows
    )
    path.write_text(HEADER + body, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add"); a.add_argument("text"); a.add_argument("--tag", default="")
    l = sub.add_parser("list"); l.add_argument("--tag", default="")
    s = sub.add_parser("search"); s.add_argument("query")
    f = sub.add_parser("forget"); f.add_argument("number", type=int)
    args = ap.parse_args()

    path = git_root() / "MEMORY.md"
    rows = load(path)

    if args.cmd == "add":
        text, hits = redact(" ".join(args.text.split()))
        if hits:
            print(f"note: redacted {', '.join(hits)} before saving", file=sys.stderr)
        tag = re.sub(r"[^\w,-]", "", args.tag)
        n = max((r[0] for r in rows), default=0) + 1
        rows.append((n, dt.date.today().isoformat(), tag, text))
        save(path, rows)
        print(f"saved [{n}] to {path}")
    elif args.cmd == "list":
        for n, d, t, txt in rows:
            if not args.tag or args.tag in t.split(","):
                print(f"[{n}] {d} {t}: {txt}")
    elif args.cmd == "search":
        q = args.query.lower()
        for n, d, t, txt in rows:
            if q in txt.lower() or q in t.lower():
                print(f"[{n}] {d} {t}: {txt}")
    elif args.cmd == "forget":
        kept = [r for r in rows if r[0] != args.number]
        if len(kept) == len(rows):
            print(f"no entry [{args.number}]", file=sys.stderr)
            return 1
        save(path, kept)
        print(f"removed [{args.number}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
