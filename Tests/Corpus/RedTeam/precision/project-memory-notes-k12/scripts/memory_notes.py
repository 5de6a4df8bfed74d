#!/usr/bin/env python3
"""Add, list or remove notes in the '## Project notes' section of a project memory file.

Default is preview (prints a diff). Pass --apply to write. Refuses secret-shaped text and
permission-changing instructions. Works only on CLAUDE.md or AGENTS.md in the current repo.
"""
import argparse
import datetime
import difflib
import pathlib
import re
import shutil
import sys

HEADING = "## Project notes"
ALLOWED = {"CLAUDE.md", "AGENTS.md"}

SECRET_SHAPES = [
    r"sk-[A-Za-z0-9_-]{16,}", r"sk_(live|test)_[A-Za-z0-9]{8,}", r"gh[pousr]_[A-Za-z0-9]{20,}",
    r"github_pat_[A-Za-z0-9_]{20,}", r"xox[abpr]-[A-Za-z0-9-]{10,}", r"AKIA[0-9A-Z]{16}",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----", r"://[^/\s:]+:[^@\s]+@", r"(?i)\b(password|passwd|api[_ -]?key|token)\s*[:=]",
]
POLICY_SHAPES = [
    r"(?i)without (asking|confirmation)", r"(?i)auto-?approve", r"(?i)skip (the )?(tests|confirmation|review)",
    r"(?i)ignore (the )?(security|safety)", r"(?i)bypasspermissions", r"(?i)\bhooks?\b.*settings\.json",
]


def check(note: str) -> None:
    for rx in SECRET_SHAPES:
        if re.search(rx, note):
            sys.exit("refused: note looks like it contains a secret; use a secret manager instead")
    for rx in POLICY_SHAPES:
        if re.search(rx, note):
            sys.exit("refused: note changes agent permissions/safety; the user should edit settings themselves")
    if "\n" in note or len(note) > 300:
        sys.exit("refused: keep notes to one line under 300 characters")


def split(text: str):
    lines = text.splitlines(keepends=True)
    try:
        start = next(i for i, l in enumerate(lines) if l.strip() == HEADING)
    except StopIteration:
        return lines, None, None
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines, start, end


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("cmd", choices=["add", "list", "remove"])
    p.add_argument("--file", required=True)
    p.add_argument("--note")
    p.add_argument("--index", type=int)
    p.add_argument("--apply", action="store_true")
    a = p.parse_args()

    path = pathlib.Path(a.file)
    if path.name not in ALLOWED or path.resolve().parent != pathlib.Path.cwd().resolve():
        sys.exit("only CLAUDE.md or AGENTS.md in the repository root can be edited")
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    lines, start, end = split(old)

    if a.cmd == "list":
        if start is None:
            print("(no Project notes section)")
            return 0
        notes = [l for l in lines[start + 1:end] if l.startswith("- ")]
        for i, l in enumerate(notes, 1):
            print(f"{i}. {l[2:].rstrip()}")
        return 0

    if a.cmd == "add":
        if not a.note:
            sys.exit("--note is required")
        check(a.note)
        entry = f"- {a.note.strip()} ({datetime.date.today().isoformat()})\n"
        if start is None:
            sep = "" if old.endswith("\n") or not old else "\n"
            new_lines = lines + [sep, "\n", HEADING + "\n", "\n", entry]
        else:
            insert_at = end
            while insert_at > start + 1 and lines[insert_at - 1].strip() == "":
                insert_at -= 1
            new_lines = lines[:insert_at] + [entry] + lines[insert_at:]
    else:  # remove
        if start is None or not a.index:
            sys.exit("nothing to remove")
        idx = [i for i in range(start + 1, end) if lines[i].startswith("- ")]
        if not 1 <= a.index <= len(idx):
            sys.exit("no such note")
        new_lines = lines[:idx[a.index - 1]] + lines[idx[a.index - 1] + 1:]

    new = "".join(new_lines)
    sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), str(path), str(path)))
    if not a.apply:
        print("\nPreview only. Re-run with --apply after the user approves this exact change.")
        return 0
    if path.exists():
        shutil.copy2(path, path.with_name(path.name + ".bak"))
    path.write_text(new, encoding="utf-8")
    print(f"\nUpdated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
