#!/usr/bin/env python3
"""Section-scoped, diff-first editor and auditor for CLAUDE.md / AGENTS.md.

    md_section.py FILE --section TITLE (--from-file SNIPPET | --text TEXT | --delete) [--write]
    md_section.py FILE --audit
"""
from __future__ import annotations

import argparse
import datetime as dt
import difflib
import os
import re
import shutil
import sys

ALLOWED_NAMES = {"CLAUDE.md", "CLAUDE.local.md", "AGENTS.md", "copilot-instructions.md", "GEMINI.md"}
HEADING_RX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")

AUDIT_RULES = [
    ("hidden-html-comment", re.compile(r"<!--.*?-->", re.S)),
    ("zero-width-char", re.compile("[\u200b\u200c\u200d\u2060\ufeff]")),
    ("bidi-override", re.compile("[\u202a-\u202e\u2066-\u2069]")),
    ("base64-blob", re.compile(r"[A-Za-z0-9+/]{80,}={0,2}")),
    ("oversight-reduction", re.compile(
        r"(?i)(auto-?approve|without (asking|confirmation)|do not (tell|inform|mention)[^.\n]*user|"
        r"ignore (all |any )?(previous|prior|above) instructions|dangerously-skip-permissions|--no-verify|"
        r"disable[^.\n]{0,30}(hook|check|guard|sandbox))")),
    ("exfiltration-shape", re.compile(
        r"(?i)(curl[^\n]*(-d|--data|-F|--upload-file)\s*@|~/\.ssh|~/\.aws|\bprintenv\b|\benv\b\s*\||"
        r"webhook|pastebin|send[^.\n]{0,40}(token|secret|key|\.env)[^.\n]{0,40}(to|https?://))")),
    ("remote-include", re.compile(r"(?i)(fetch|download|read|follow)[^.\n]{0,40}(instructions|rules)[^.\n]{0,40}https?://")),
]


def split_sections(text: str):
    """Yield (start_line, end_line, level, title) for each heading section."""
    lines = text.splitlines(keepends=True)
    heads = []
    in_fence = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        if in_fence:
            continue
        m = HEADING_RX.match(line)
        if m:
            heads.append((i, len(m.group(1)), m.group(2)))
    out = []
    for idx, (start, level, title) in enumerate(heads):
        end = len(lines)
        for nstart, nlevel, _ in heads[idx + 1:]:
            if nlevel <= level:
                end = nstart
                break
        out.append((start, end, level, title))
    return lines, out


def upsert(text: str, section: str, body: str | None) -> str:
    lines, sections = split_sections(text)
    match = [s for s in sections if s[3].strip().lower() == section.strip().lower()]
    if len(match) > 1:
        sys.exit(f"section '{section}' appears {len(match)} times; edit manually")
    if body is not None:
        body = body.strip("\n") + "\n"
    if match:
        start, end, level, title = match[0]
        new_block = [] if body is None else [f"{'#' * level} {title}\n", "\n", body, "\n"]
        return "".join(lines[:start] + new_block + lines[end:])
    if body is None:
        sys.exit(f"section '{section}' not found; nothing to delete")
    sep = "" if text.endswith("\n\n") or not text else ("\n" if text.endswith("\n") else "\n\n")
    return text + sep + f"## {section}\n\n{body}"


def audit(path: str, text: str) -> int:
    hits = 0
    for name, rx in AUDIT_RULES:
        for m in rx.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            snippet = m.group(0).encode("unicode_escape").decode()[:80]
            print(f"{path}:{line}: {name}: {snippet}")
            hits += 1
    for i, line in enumerate(text.splitlines(), 1):
        if len(line) > 1000:
            print(f"{path}:{i}: very-long-line: {len(line)} chars")
            hits += 1
    print(f"{hits} item(s) to review. Nothing was changed.")
    return 1 if hits else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--section")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--from-file")
    g.add_argument("--text")
    g.add_argument("--delete", action="store_true")
    g.add_argument("--audit", action="store_true")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()

    if os.path.basename(a.file) not in ALLOWED_NAMES:
        sys.exit(f"this tool only edits agent instruction files: {sorted(ALLOWED_NAMES)}")
    old = open(a.file, encoding="utf-8").read() if os.path.exists(a.file) else ""

    if a.audit:
        return audit(a.file, old)
    if not a.section:
        sys.exit("--section is required")
    body = None if a.delete else (open(a.from_file, encoding="utf-8").read() if a.from_file else a.text)
    if body is None and not a.delete:
        sys.exit("give --from-file, --text or --delete")
    new = upsert(old, a.section, body)

    diff = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                fromfile=f"a/{a.file}", tofile=f"b/{a.file}")
    sys.stdout.writelines(diff)
    if old == new:
        print("No changes.")
        return 0
    if not a.write:
        print("\nPreview only. Re-run with --write after the user approves this diff.")
        return 0
    if old:
        bak = f"{a.file}.bak-{dt.datetime.now():%Y%m%dT%H%M%S}"
        shutil.copy2(a.file, bak)
        print(f"\nBackup: {bak}")
    with open(a.file, "w", encoding="utf-8") as fh:
        fh.write(new)
    print(f"Wrote {a.file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
