#!/usr/bin/env python3
"""Suggest PR labels from the files changed on the current branch.

Reads `.github/labeler.yml` (actions/labeler v5 format) when present, otherwise uses
built-in heuristics.  Prints one label per line, most relevant first.
"""
from __future__ import annotations

import fnmatch
import os
import subprocess
import sys
from collections import Counter

DEFAULT_RULES = {
    "documentation": ["docs/**", "**/*.md", "**/*.rst"],
    "tests": ["**/test/**", "**/tests/**", "**/*_test.*", "**/*.test.*", "**/*.spec.*"],
    "ci": [".github/workflows/**", ".gitlab-ci.yml", ".circleci/**"],
    "dependencies": ["**/package.json", "**/package-lock.json", "**/pnpm-lock.yaml",
                     "**/requirements*.txt", "**/pyproject.toml", "**/go.mod", "**/go.sum",
                     "**/Cargo.toml", "**/Gemfile*"],
    "database": ["**/migrations/**", "**/*.sql", "**/schema.prisma"],
    "frontend": ["**/*.tsx", "**/*.jsx", "**/*.vue", "**/*.css", "**/*.scss"],
    "infra": ["**/*.tf", "**/Dockerfile", "**/docker-compose*.yml", "**/helm/**", "**/k8s/**"],
    "security": ["**/auth/**", "**/*crypto*", "**/permissions/**"],
}


def changed_files() -> list[str]:
    for ref in ("origin/HEAD...HEAD", "HEAD~1"):
        try:
            out = subprocess.run(["git", "diff", "--name-only", ref], check=True,
                                 capture_output=True, text=True).stdout
            return [l for l in out.splitlines() if l.strip()]
        except subprocess.CalledProcessError:
            continue
    return []


def load_labeler(path=".github/labeler.yml") -> dict[str, list[str]] | None:
    if not os.path.exists(path):
        return None
    try:
        import yaml
    except ImportError:
        return None
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    rules: dict[str, list[str]] = {}
    for label, spec in data.items():
        globs: list[str] = []

        def collect(node):
            if isinstance(node, str):
                globs.append(node)
            elif isinstance(node, list):
                for n in node:
                    collect(n)
            elif isinstance(node, dict):
                for k, v in node.items():
                    if k in ("any-glob-to-any-file", "any-glob-to-all-files", "all-globs-to-any-file"):
                        collect(v)
                    else:
                        collect(v)
        collect(spec)
        rules[label] = globs
    return rules


def match(path: str, pattern: str) -> bool:
    if fnmatch.fnmatch(path, pattern):
        return True
    if pattern.startswith("**/"):
        return fnmatch.fnmatch(path, pattern[3:]) or fnmatch.fnmatch(os.path.basename(path), pattern[3:])
    return False


def suggest(files: list[str], rules: dict[str, list[str]]) -> list[tuple[str, int]]:
    score: Counter[str] = Counter()
    for f in files:
        for label, globs in rules.items():
            if any(match(f, g) for g in globs):
                score[label] += 1
    if files and all(any(match(f, g) for g in rules.get("documentation", [])) for f in files):
        return [("documentation", len(files))]
    return score.most_common()


def main() -> int:
    files = changed_files()
    if not files:
        print("no changed files found", file=sys.stderr)
        return 1
    rules = load_labeler() or DEFAULT_RULES
    for label, n in suggest(files, rules):
        print(f"{label}\t{n} file(s)")
    size = len(files)
    print(f"size/{'XS' if size < 3 else 'S' if size < 10 else 'M' if size < 25 else 'L'}\t{size} file(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
