#!/usr/bin/env python3
"""Group one-line git log output by Conventional Commit type.

Usage: git log --no-merges --pretty=format:'%h %s (%an)' v1.2.0..HEAD | python group_commits.py
"""
import json
import re
import sys

CC = re.compile(r"^(?P<sha>[0-9a-f]{7,})\s+(?P<type>\w+)(\((?P<scope>[^)]+)\))?(?P<bang>!)?:\s*(?P<msg>.*)$")
HEURISTIC = [("feat", ("add", "introduce", "support")), ("fix", ("fix", "resolve", "correct")),
             ("revert", ("remove", "drop", "revert")), ("chore", ("bump", "update deps"))]


def classify(line):
    m = CC.match(line)
    if m:
        d = m.groupdict()
        d["breaking"] = bool(d.pop("bang")) or "BREAKING" in d["msg"]
        d["guessed"] = False
        return d
    sha, _, msg = line.partition(" ")
    low = msg.lower()
    for t, words in HEURISTIC:
        if any(low.startswith(w) for w in words):
            return {"sha": sha, "type": t, "scope": None, "msg": msg, "breaking": False, "guessed": True}
    return {"sha": sha, "type": "other", "scope": None, "msg": msg, "breaking": False, "guessed": True}


def main():
    groups = {}
    for line in sys.stdin:
        line = line.strip()
        if line:
            c = classify(line)
            groups.setdefault(c["type"], []).append(c)
    json.dump(groups, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
