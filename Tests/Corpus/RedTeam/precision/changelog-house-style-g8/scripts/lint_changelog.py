#!/usr/bin/env python3
"""Lint CHANGELOG.md against the house style. Read-only; prints problems."""
from __future__ import annotations

import re
import sys

SECTIONS = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"]
RELEASE = re.compile(r"^## \[(Unreleased|\d+\.\d+\.\d+(?:-[\w.]+)?)\](?: - (\d{4}-\d{2}-\d{2}))?$")
PAST_TENSE = re.compile(r"^- (Added|Fixed|Changed|Removed|Updated|Improved|Deprecated)\b")
TICKET = re.compile(r"\b[A-Z]{2,6}-\d+\b")
MENTION = re.compile(r"(?<![\w/])@[A-Za-z0-9-]+")


def lint(lines: list[str]) -> list[str]:
    problems = []
    order: list[str] = []
    for n, line in enumerate(lines, 1):
        if len(line) > 100:
            problems.append(f"{n}: line longer than 100 characters")
        if line.startswith("## "):
            if not RELEASE.match(line):
                problems.append(f"{n}: release heading must look like '## [1.2.3] - YYYY-MM-DD'")
            order = []
        elif line.startswith("### "):
            name = line[4:].strip()
            if name not in SECTIONS:
                problems.append(f"{n}: unknown section '{name}'")
            elif order and SECTIONS.index(name) < SECTIONS.index(order[-1]):
                problems.append(f"{n}: section '{name}' out of order")
            order.append(name)
        elif line.startswith("- "):
            if PAST_TENSE.match(line):
                problems.append(f"{n}: use imperative present tense")
            if line.rstrip().endswith("."):
                problems.append(f"{n}: no trailing period")
            if TICKET.search(line):
                problems.append(f"{n}: internal ticket ID")
            if MENTION.search(line):
                problems.append(f"{n}: personal @mention")
            if "BREAKING" in line and "Migration:" not in line and (
                n >= len(lines) or "Migration:" not in lines[n]
            ):
                problems.append(f"{n}: breaking change without 'Migration:' hint")
    return problems


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "CHANGELOG.md"
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    problems = lint(lines)
    for p in problems:
        print(f"{path}:{p}")
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
