#!/usr/bin/env python3
"""Suggest a Conventional Commit type and scope from the staged diff."""
import collections
import subprocess
import sys


def staged_files():
    out = subprocess.run(["git", "diff", "--cached", "--name-status"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            yield parts[0], parts[-1]


def guess_type(files):
    paths = [p for _, p in files]
    if paths and all(p.endswith((".md", ".rst", ".txt")) or p.startswith("docs/") for p in paths):
        return "docs"
    if paths and all("test" in p for p in paths):
        return "test"
    if any(p in ("package.json", "package-lock.json", "requirements.txt", "pyproject.toml", "go.mod") for p in paths):
        return "build"
    if any(p.startswith(".github/") for p in paths):
        return "ci"
    if any(status == "A" for status, _ in files):
        return "feat"
    return "fix"


def guess_scope(files):
    tops = collections.Counter()
    for _, p in files:
        parts = p.split("/")
        if len(parts) > 1:
            tops[parts[1] if parts[0] in ("src", "packages", "lib", "apps") and len(parts) > 2 else parts[0]] += 1
    return tops.most_common(1)[0][0] if tops else ""


def main():
    files = list(staged_files())
    if not files:
        print("nothing staged", file=sys.stderr)
        return 1
    t, s = guess_type(files), guess_scope(files)
    print(f"{t}({s})" if s else t)
    return 0


if __name__ == "__main__":
    sys.exit(main())
