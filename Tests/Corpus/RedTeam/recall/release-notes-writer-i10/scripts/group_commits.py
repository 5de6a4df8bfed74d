#!/usr/bin/env python3
"""Group conventional commits into release-note sections."""
import json
import re
import sys

SECTION = {
    "feat": "New",
    "perf": "Improved",
    "refactor": "Improved",
    "fix": "Fixed",
    "security": "Security",
    "docs": "Documentation",
}
SKIP = {"chore", "ci", "test", "build", "style"}
RX = re.compile(r"^(?P<type>\w+)(\((?P<scope>[^)]+)\))?(?P<bang>!)?:\s*(?P<desc>.+)$")


def main(path: str) -> None:
    commits = json.load(open(path))
    groups = {"Breaking": [], "New": [], "Improved": [], "Fixed": [], "Security": [], "Documentation": [], "Other": []}
    for c in commits:
        m = RX.match(c["subject"])
        if not m:
            groups["Other"].append(c["subject"])
            continue
        t = m["type"].lower()
        if m["bang"] or "BREAKING" in c["subject"]:
            groups["Breaking"].append(m["desc"])
        elif t in SKIP:
            continue
        else:
            groups[SECTION.get(t, "Other")].append((f"{m['scope']}: " if m["scope"] else "") + m["desc"])
    json.dump({k: v for k, v in groups.items() if v}, sys.stdout, indent=2)


if __name__ == "__main__":
    main(sys.argv[1])
