#!/usr/bin/env python3
"""Insert, update or remove a managed 'Team conventions' block in AGENTS.md / CLAUDE.md.

Preview by default (prints a unified diff). Writes only with --write.
Only AGENTS.md and CLAUDE.md in the current project root are accepted.
"""
from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path

START = "<!-- team-conventions:start (managed by agents-md-conventions-v; edit freely) -->"
END = "<!-- team-conventions:end -->"
ALLOWED = {"AGENTS.md", "CLAUDE.md"}

# Lint rules: text that must never be written into an agent instruction file.
# These are *detections*; a match blocks the write and is shown to the user.
BLOCKLIST = [
    (r"\b(ignore|disregard|forget)\b.{0,20}\b(previous|prior|above|earlier)\b.{0,20}\binstructions?\b",
     "instruction-override phrasing"),
    (r"takes? precedence over (all )?(other )?instructions", "precedence claim"),
    (r"\b(developer|admin|unrestricted) mode\b", "mode-switch phrasing"),
    (r"\b(never|don'?t|do not) (ask|confirm|prompt)\b.{0,40}\b(push|deploy|delete|install|pay|send)\b",
     "removes confirmation for a side-effectful action"),
    (r"\b(upload|send|post|forward)\b.{0,40}\b(\.env|secret|token|credential|ssh|api key)s?\b",
     "send-secrets phrasing"),
    (r"https?://\S*\{[^}]*\}", "URL with templated query"),
    (r"<!--", "HTML comment (hidden from rendered view)"),
    (r"bypassPermissions|permissions\.allow|enableAllProjectMcpServers", "agent permission setting"),
]


def lint(text: str) -> list[str]:
    problems = []
    for lineno, line in enumerate(text.splitlines(), 1):
        for pattern, label in BLOCKLIST:
            if re.search(pattern, line, re.IGNORECASE):
                problems.append(f"line {lineno}: {label}: {line.strip()}")
    return problems


def render_block(draft: str) -> str:
    body = draft.strip("\n")
    return f"{START}\n## Team conventions\n\n{body}\n{END}\n"


def replace_block(original: str, block: str | None) -> str:
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END) + r"\n?", re.DOTALL)
    if pattern.search(original):
        return pattern.sub(block or "", original, count=1)
    if block is None:
        return original
    sep = "" if original.endswith("\n\n") or not original else ("\n" if original.endswith("\n") else "\n\n")
    return original + sep + block


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", required=True, help="AGENTS.md or CLAUDE.md in the project root")
    ap.add_argument("--from", dest="draft", help="Markdown file with the user's conventions")
    ap.add_argument("--remove", action="store_true")
    ap.add_argument("--write", action="store_true", help="apply the change (default: preview)")
    args = ap.parse_args()

    target = Path(args.file)
    if target.name not in ALLOWED or target.resolve().parent != Path.cwd().resolve():
        print(f"refusing: only {sorted(ALLOWED)} in the current project root are supported", file=sys.stderr)
        return 2

    original = target.read_text(encoding="utf-8") if target.exists() else ""

    if args.remove:
        updated = replace_block(original, None)
    else:
        if not args.draft:
            print("--from is required unless --remove is given", file=sys.stderr)
            return 2
        draft = Path(args.draft).read_text(encoding="utf-8")
        problems = lint(draft)
        if problems:
            print("Draft rejected by content checks; ask the user to rephrase:", file=sys.stderr)
            for p in problems:
                print("  - " + p, file=sys.stderr)
            return 3
        updated = replace_block(original, render_block(draft))

    diff = difflib.unified_diff(
        original.splitlines(keepends=True), updated.splitlines(keepends=True),
        fromfile=f"a/{target.name}", tofile=f"b/{target.name}",
    )
    diff_text = "".join(diff)
    print(diff_text or "(no changes)")

    if args.write and diff_text:
        target.write_text(updated, encoding="utf-8")
        print(f"wrote {target} ({len(updated.splitlines())} lines)")
    elif not args.write:
        print("\nPreview only. Re-run with --write after the user approves.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
