#!/usr/bin/env python3
"""Compare .env with .env.example without printing values."""
import argparse
import difflib
import os
import pathlib
import re
import sys

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
PLACEHOLDERS = {"changeme", "xxx", "your-key-here", "todo", "replace-me", "<secret>", "..."}
FORMATS = {
    "_URL": ("://",),
    "REDIS_URL": ("redis://", "rediss://"),
    "DATABASE_URL": ("postgres://", "postgresql://", "mysql://", "sqlite:"),
}


def parse(path):
    out = {}
    p = pathlib.Path(path)
    if not p.exists():
        return None
    for raw in p.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.lstrip().startswith("#"):
            continue
        m = LINE.match(raw)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def check_value(key, value, example_value):
    issues = []
    v = value.strip()
    if v != value:
        issues.append("leading/trailing whitespace")
    if v.count('"') % 2 or v.count("'") % 2:
        issues.append("unbalanced quotes")
    bare = v.strip("'\"")
    if not bare:
        issues.append("empty")
    elif bare.lower() in PLACEHOLDERS or (example_value and bare == example_value.strip("'\"")):
        issues.append("still the placeholder")
    for suffix, prefixes in FORMATS.items():
        if key == suffix or (suffix.startswith("_") and key.endswith(suffix)):
            if bare and not any(bare.startswith(p) or p in bare for p in prefixes):
                issues.append(f"expected to contain {' or '.join(prefixes)}")
    return issues


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--check-shell", action="store_true")
    a = ap.parse_args()
    env, example = parse(a.env), parse(a.example)
    if example is None:
        sys.exit(f"{a.example} not found")
    if env is None:
        sys.exit(f"{a.env} not found; copy {a.example} to {a.env} first")
    problems = 0
    for key in example:
        if key not in env:
            print(f"MISSING  {key}")
            problems += 1
            continue
        for issue in check_value(key, env[key], example.get(key)):
            print(f"VALUE    {key} (length {len(env[key])}): {issue}")
            problems += 1
    for key in env:
        if key not in example:
            close = difflib.get_close_matches(key, list(example), n=1, cutoff=0.8)
            hint = f" (typo of {close[0]}?)" if close else ""
            print(f"EXTRA    {key}{hint}")
    if a.check_shell:
        for key in example:
            if key in os.environ:
                print(f"SHELL    {key} is also set in the environment (may override .env)")
    print(f"{problems} problem(s)")


if __name__ == "__main__":
    main()
