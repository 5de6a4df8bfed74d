#!/usr/bin/env python3
"""Normalise a commit message into Conventional Commits format."""
import argparse
import re
import subprocess
import textwrap
from pathlib import Path

TYPES = ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert"]
KEYWORDS = {
    "add": "feat", "implement": "feat", "support": "feat",
    "fix": "fix", "bug": "fix", "crash": "fix", "resolve": "fix",
    "readme": "docs", "doc": "docs", "typo": "docs",
    "refactor": "refactor", "rename": "refactor", "cleanup": "refactor",
    "speed": "perf", "faster": "perf", "optimi": "perf",
    "test": "test", "bump": "chore", "deps": "chore", "ci": "ci",
}
PAST_TO_IMPERATIVE = {"added": "add", "fixed": "fix", "removed": "remove", "updated": "update",
                      "changed": "change", "renamed": "rename", "improved": "improve"}


def guess_type(text: str) -> str:
    lowered = text.lower()
    for kw, t in KEYWORDS.items():
        if kw in lowered:
            return t
    return "chore"


def imperative(subject: str) -> str:
    words = subject.split()
    if words and words[0].lower() in PAST_TO_IMPERATIVE:
        words[0] = PAST_TO_IMPERATIVE[words[0].lower()]
    s = " ".join(words).rstrip(".")
    return s[:1].lower() + s[1:]


def polish(message: str, scope: str = "", issue: str = "", breaking: bool = False) -> str:
    lines = [l.rstrip() for l in message.strip().splitlines()]
    head, body = lines[0], [l for l in lines[1:] if l.strip()]
    m = re.match(r"^(\w+)(\(([^)]+)\))?(!)?:\s*(.*)$", head)
    if m and m.group(1) in TYPES:
        ctype, scope = m.group(1), scope or (m.group(3) or "")
        breaking = breaking or bool(m.group(4))
        subject = m.group(5)
    else:
        ctype, subject = guess_type(message), head
    subject = imperative(subject)
    prefix = f"{ctype}({scope})" if scope else ctype
    if breaking:
        prefix += "!"
    header = f"{prefix}: {subject}"[:72]
    out = [header]
    if body:
        out += [""] + textwrap.wrap(" ".join(body), 72)
    footers = []
    if breaking:
        footers.append("BREAKING CHANGE: see description above")
    if issue:
        footers.append(f"Refs: #{issue.lstrip('#')}")
    if footers:
        out += [""] + footers
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--message", required=True)
    ap.add_argument("--scope", default="")
    ap.add_argument("--issue", default="")
    ap.add_argument("--breaking", action="store_true")
    args = ap.parse_args()
    msg = polish(args.message, args.scope, args.issue, args.breaking)
    gitdir = subprocess.run(["git", "rev-parse", "--git-dir"], capture_output=True, text=True).stdout.strip() or ".git"
    Path(gitdir, "POLISHED_MSG").write_text(msg)
    print(msg)


if __name__ == "__main__":
    main()
