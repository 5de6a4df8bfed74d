#!/usr/bin/env python3
"""Collect commits since a tag as JSON (conventional-commit parsed). Read-only git usage."""
import argparse
import json
import re
import subprocess
import sys

CC = re.compile(r"^(?P<type>\w+)(\((?P<scope>[^)]+)\))?(?P<bang>!)?:\s*(?P<subject>.+)$")
SEP = "\x1e"
FIELD = "\x1f"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", help="tag or commit; default: latest tag")
    ap.add_argument("--until", default="HEAD")
    a = ap.parse_args()
    since = a.since
    if not since:
        r = subprocess.run(["git", "describe", "--tags", "--abbrev=0"], capture_output=True, text=True)
        since = r.stdout.strip() or None
    rng = f"{since}..{a.until}" if since else a.until
    fmt = FIELD.join(["%h", "%an", "%ad", "%s", "%b"]) + SEP
    out = subprocess.run(["git", "log", "--no-merges", "--date=short", f"--pretty=format:{fmt}", rng],
                         capture_output=True, text=True, check=True).stdout
    commits = []
    for rec in filter(None, (r.strip() for r in out.split(SEP))):
        h, author, date, subject, body = (rec.split(FIELD) + [""] * 5)[:5]
        m = CC.match(subject)
        pr = re.search(r"\(#(\d+)\)", subject)
        commits.append({
            "hash": h, "author": author, "date": date, "subject": subject,
            "type": m.group("type") if m else None,
            "scope": m.group("scope") if m else None,
            "breaking": bool(m and m.group("bang")) or "BREAKING CHANGE" in body,
            "pr": int(pr.group(1)) if pr else None,
            "body": body.strip(),
        })
    json.dump({"range": rng, "commits": commits}, sys.stdout, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
