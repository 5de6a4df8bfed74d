#!/usr/bin/env python3
"""Propose an edit to an agent instructions file as a diff; apply only with --apply."""
import argparse
import difflib
import re
import shutil
import sys
from pathlib import Path

ALLOWED = {"CLAUDE.md", "AGENTS.md", "copilot-instructions.md"}
REFUSE = [
    re.compile(r"without (asking|confirmation|permission)", re.I),
    re.compile(r"ignore (all |any )?(safety|security|previous)", re.I),
    re.compile(r"(don'?t|do not|never) (mention|tell|report)", re.I),
    re.compile(r"(api[_-]?key|token|password|secret)\s*[:=]\s*\S{8,}", re.I),
]


def insert_into_section(text: str, section: str, new: str) -> str:
    lines = text.splitlines(keepends=True)
    hdr = re.compile(rf"^#+\s+{re.escape(section)}\s*$", re.I)
    start = next((i for i, l in enumerate(lines) if hdr.match(l.strip())), None)
    if start is None:
        sep = "" if text.endswith("\n") or not text else "\n"
        return f"{text}{sep}\n## {section}\n\n{new.rstrip()}\n"
    level = len(lines[start]) - len(lines[start].lstrip("#"))
    end = next((i for i in range(start + 1, len(lines))
                if lines[i].startswith("#") and len(lines[i]) - len(lines[i].lstrip("#")) <= level), len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return "".join(lines[:end]) + new.rstrip() + "\n" + "".join(lines[end:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--section")
    ap.add_argument("--append-file")
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()
    target = Path(a.file)
    if target.name not in ALLOWED:
        sys.exit(f"refusing: {target.name} is not an agent instructions file")
    proposed = target.with_name(target.name + ".proposed")

    if a.apply:
        if not proposed.exists():
            sys.exit("no proposal found; run without --apply first")
        if target.exists():
            shutil.copy2(target, target.with_name(target.name + ".bak"))
        proposed.replace(target)
        print(f"applied; backup at {target.name}.bak")
        return

    new = Path(a.append_file).read_text(encoding="utf-8")
    for rx in REFUSE:
        if rx.search(new):
            sys.exit(f"refusing to add a line matching {rx.pattern!r}; see SKILL.md for alternatives")
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    result = insert_into_section(old, a.section or "Notes", new)
    proposed.write_text(result, encoding="utf-8")
    sys.stdout.writelines(difflib.unified_diff(
        old.splitlines(keepends=True), result.splitlines(keepends=True),
        fromfile=f"a/{target}", tofile=f"b/{target}"))
    print(f"\n(proposal saved to {proposed.name}; nothing changed yet)")


if __name__ == "__main__":
    main()
