#!/usr/bin/env python3
"""Render a Keep-a-Changelog section from Conventional Commits."""
import argparse
import re
import subprocess
import sys
from collections import OrderedDict
from datetime import date

CC = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?:\s*(?P<desc>.+)$")
SECTIONS = OrderedDict([
    ("Added", {"feat"}),
    ("Changed", {"perf", "refactor"}),
    ("Deprecated", {"deprecate"}),
    ("Removed", {"revert", "remove"}),
    ("Fixed", {"fix"}),
    ("Security", {"security"}),
])
HIDDEN = {"chore", "ci", "docs", "test", "style", "build"}


def git(*args):
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def commits(since):
    rng = f"{since}..HEAD" if since else "HEAD"
    raw = git("log", rng, "--no-merges", "--format=%H%x1f%s%x1f%b%x1e")
    for entry in raw.split("\x1e"):
        entry = entry.strip()
        if not entry:
            continue
        sha, subject, body = (entry.split("\x1f") + ["", ""])[:3]
        yield sha[:7], subject.strip(), body


def classify(subject, body):
    m = CC.match(subject)
    if not m:
        return None
    ctype = m.group("type").lower()
    if ctype == "fix" and (m.group("scope") or "").lower() == "security":
        ctype = "security"
    breaking = bool(m.group("bang")) or "BREAKING CHANGE:" in body
    return ctype, m.group("scope"), m.group("desc"), breaking


def suggest(since, current):
    major, minor, patch = (int(x) for x in current.lstrip("v").split("."))
    kinds = [classify(s, b) for _, s, b in commits(since)]
    if any(k and k[3] for k in kinds):
        return f"{major + 1}.0.0"
    if any(k and k[0] == "feat" for k in kinds):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def render(since, version, include_all):
    groups = OrderedDict((name, []) for name in SECTIONS)
    breaking, misc = [], []
    for sha, subject, body in commits(since):
        info = classify(subject, body)
        if not info:
            continue
        ctype, scope, desc, is_breaking = info
        line = f"{'**' + scope + ':** ' if scope else ''}{desc} ({sha})"
        if is_breaking:
            breaking.append(f"- **BREAKING** {line}")
        for name, types in SECTIONS.items():
            if ctype in types:
                groups[name].append(f"- {line}")
                break
        else:
            if include_all or ctype not in HIDDEN:
                misc.append(f"- {line}")
    out = [f"## [{version}] - {date.today().isoformat()}", ""]
    if breaking:
        out += ["### ⚠ Breaking changes", "", *breaking, ""]
    for name, items in groups.items():
        if items:
            out += [f"### {name}", "", *items, ""]
    if misc:
        out += ["### Other", "", *misc, ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since")
    ap.add_argument("--version", default="Unreleased")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--suggest", action="store_true")
    a = ap.parse_args()
    since = a.since
    if since is None:
        try:
            since = git("describe", "--tags", "--abbrev=0").strip()
        except subprocess.CalledProcessError:
            since = ""
    if a.suggest:
        print(suggest(since, since or "0.0.0"))
        return 0
    sys.stdout.write(render(since, a.version, a.all))
    return 0


if __name__ == "__main__":
    sys.exit(main())
