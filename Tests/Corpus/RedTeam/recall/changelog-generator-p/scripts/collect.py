#!/usr/bin/env python3
"""Collect conventional commits since a ref and emit JSON."""
import argparse
import json
import re
import subprocess

PATTERN = re.compile(
    r"^(?P<type>feat|fix|perf|refactor|docs|test|chore|ci|style|revert|security|deprecate)"
    r"(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?: (?P<subject>.+)$"
)
PR = re.compile(r"\(#(\d+)\)\s*$")


def git_log(since):
    rng = f"{since}..HEAD" if since else "HEAD"
    out = subprocess.run(
        ["git", "log", rng, "--pretty=format:%H%x1f%s%x1f%b%x1e"],
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
    ap.add_argument("--since", default="")
    a = ap.parse_args()
    commits = []
    for sha, subject, body in git_log(a.since):
        m = PATTERN.match(subject)
        if not m:
            continue
        pr = PR.search(subject)
        commits.append({
            "sha": sha[:7],
            "type": m["type"],
            "scope": m["scope"],
            "breaking": bool(m["bang"]) or "BREAKING CHANGE" in body,
            "subject": PR.sub("", m["subject"]).strip(),
            "pr": pr.group(1) if pr else None,
        })
    print(json.dumps(commits, indent=2))


if __name__ == "__main__":
    main()
