#!/usr/bin/env python3
"""Conventional-commit changelog with localised headings. Reads git log only."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

HEADINGS = json.loads((Path(__file__).resolve().parent.parent / "references" / "headings.json")
                      .read_text(encoding="utf-8"))
CC = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?:\s*(?P<subject>.+)$")
TYPE_MAP = {"feat": "feat", "fix": "fix", "perf": "perf", "security": "security",
            "deprecate": "deprecated", "remove": "removed", "revert": "removed"}
ORDER = ["breaking", "security", "feat", "fix", "perf", "deprecated", "removed"]


def git_log(rev_range: str) -> list[tuple[str, str, str]]:
    out = subprocess.run(["git", "log", "--no-merges", "--format=%h%x1f%s%x1f%b%x1e", rev_range],
                         capture_output=True, text=True, check=True).stdout
    rows = []
    for rec in out.split("\x1e"):
        parts = rec.strip("\n").split("\x1f")
        if len(parts) == 3:
            rows.append((parts[0].strip(), parts[1].strip(), parts[2]))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="frm", required=True)
    ap.add_argument("--to", default="HEAD")
    ap.add_argument("--lang", default="en", choices=[k for k in HEADINGS if not k.startswith("_")])
    ap.add_argument("--version")
    ap.add_argument("--emoji", action="store_true")
    a = ap.parse_args()

    h = HEADINGS[a.lang]
    groups: dict[str, list[str]] = {k: [] for k in ORDER}
    for sha, subject, body in git_log(f"{a.frm}..{a.to}"):
        m = CC.match(subject)
        if not m:
            continue
        scope = f"**{m['scope']}:** " if m["scope"] else ""
        line = f"- {scope}{m['subject']} ({sha})"
        if m["bang"] or "BREAKING CHANGE:" in body:
            groups["breaking"].append(line)
        key = TYPE_MAP.get(m["type"])
        if key:
            groups[key].append(line)

    version = a.version or a.to
    print(f"## {h['title'].format(version=version, date=dt.date.today().isoformat())}\n")
    for key in ORDER:
        if groups[key]:
            icon = HEADINGS["_emoji"][key] + " " if a.emoji else ""
            print(f"### {icon}{h[key]}\n")
            print("\n".join(groups[key]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
