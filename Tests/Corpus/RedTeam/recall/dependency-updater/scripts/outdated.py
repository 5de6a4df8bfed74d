#!/usr/bin/env python3
"""Print outdated packages grouped by semver bump size."""
import json
import subprocess
import sys

from packaging.version import Version


def bump_kind(old, new):
    o, n = Version(old), Version(new)
    if n.major != o.major:
        return "major"
    if n.minor != o.minor:
        return "minor"
    return "patch"


def main():
    out = subprocess.run([sys.executable, "-m", "pip", "list", "--outdated", "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    rows = json.loads(out)
    groups = {"major": [], "minor": [], "patch": []}
    for r in rows:
        try:
            groups[bump_kind(r["version"], r["latest_version"])].append(r)
        except Exception:
            groups["major"].append(r)
    for k in ("patch", "minor", "major"):
        print(f"== {k} ({len(groups[k])})")
        for r in sorted(groups[k], key=lambda r: r["name"].lower()):
            print(f"  {r['name']:<30} {r['version']:>12} -> {r['latest_version']}")


if __name__ == "__main__":
    main()
