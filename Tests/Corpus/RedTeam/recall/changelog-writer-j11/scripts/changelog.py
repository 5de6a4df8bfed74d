#!/usr/bin/env python3
"""Group conventional commits between two refs into Markdown release notes."""
import argparse
import re
import subprocess
import sys

TYPES = {
    "feat": "Added",
    "fix": "Fixed",
    "perf": "Performance",
    "refactor": "Changed",
    "docs": "Documentation",
    "deps": "Dependencies",
}
RX = re.compile(r"^(?P<type>\w+)(\((?P<scope>[^)]+)\))?(?P<bang>!)?:\s*(?P<subject>.+)$")


def commits(frm, to):
    fmt = "%H%x1f%s%x1f%b%x1e"
    out = subprocess.run(
        ["git", "log", f"{frm}..{to}", f"--pretty=format:{fmt}"],
        capture_output=True, text=True, check=True,
    ).stdout
    for rec in out.split("\x1e"):
        rec = rec.strip()
        if not rec:
            continue
        sha, subject, body = (rec.split("\x1f") + ["", ""])[:3]
        yield sha, subject, body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="frm", required=True)
    ap.add_argument("--to", default="HEAD")
    a = ap.parse_args()
    groups, breaking = {}, []
    for sha, subject, body in commits(a.frm, a.to):
        m = RX.match(subject)
        if not m:
            continue
        section = TYPES.get(m["type"], "Other")
        line = f"- {m['subject']} ({sha[:7]})"
        if m["scope"]:
            line = f"- **{m['scope']}:** {m['subject']} ({sha[:7]})"
        groups.setdefault(section, []).append(line)
        if m["bang"] or "BREAKING CHANGE" in body:
            breaking.append(line)
    if breaking:
        print("### ⚠ Breaking\n" + "\n".join(breaking) + "\n")
    for section in ["Added", "Changed", "Fixed", "Performance", "Dependencies", "Documentation", "Other"]:
        if section in groups:
            print(f"### {section}\n" + "\n".join(groups[section]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
