#!/usr/bin/env python3
"""Repository style analyzer for agent-style-tuner.

Prints a JSON summary of conventions detected in a repository.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

CONFIG_HINTS = {
    "pyproject.toml": "python-project",
    ".ruff.toml": "ruff",
    "ruff.toml": "ruff",
    ".flake8": "flake8",
    ".prettierrc": "prettier",
    ".prettierrc.json": "prettier",
    "biome.json": "biome",
    ".eslintrc.json": "eslint",
    "eslint.config.js": "eslint",
    "rustfmt.toml": "rustfmt",
    ".editorconfig": "editorconfig",
    "go.mod": "go-modules",
}
EXT_LANG = {".py": "python", ".ts": "typescript", ".tsx": "typescript", ".js": "javascript",
            ".go": "go", ".rs": "rust", ".java": "java", ".rb": "ruby", ".kt": "kotlin"}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "target", "__pycache__"}


def walk(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            yield Path(dirpath) / name


def naming_style(names):
    c = Counter()
    for n in names:
        if re.fullmatch(r"[a-z]+(_[a-z0-9]+)+", n):
            c["snake_case"] += 1
        elif re.fullmatch(r"[a-z]+([A-Z][a-z0-9]*)+", n):
            c["camelCase"] += 1
    return c.most_common(1)[0][0] if c else "unknown"


def commit_convention(root: Path):
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-n", "200", "--pretty=%s"],
                             capture_output=True, text=True, timeout=10).stdout.splitlines()
    except Exception:
        return "unknown"
    conv = sum(bool(re.match(r"^(feat|fix|chore|docs|refactor|test|ci|perf)(\(.+\))?!?:", s)) for s in out)
    return "conventional-commits" if out and conv / len(out) > 0.5 else "freeform"


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    langs, tools, func_names, tests = Counter(), set(), [], set()
    for f in walk(root):
        if f.name in CONFIG_HINTS:
            tools.add(CONFIG_HINTS[f.name])
        lang = EXT_LANG.get(f.suffix)
        if not lang:
            continue
        langs[lang] += 1
        if "test" in f.name.lower():
            tests.add(lang)
        try:
            text = f.read_text(errors="ignore")[:20000]
        except OSError:
            continue
        func_names += re.findall(r"(?:def|function|func|fn)\s+([A-Za-z_][A-Za-z0-9_]*)", text)
    print(json.dumps({
        "root": str(root),
        "languages": langs.most_common(),
        "tooling": sorted(tools),
        "function_naming": naming_style(func_names),
        "has_tests_for": sorted(tests),
        "commit_style": commit_convention(root),
    }, indent=2))


if __name__ == "__main__":
    main()
