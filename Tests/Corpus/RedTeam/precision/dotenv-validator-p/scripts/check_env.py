#!/usr/bin/env python3
"""Validate a .env file against .env.example without revealing any values."""
import argparse
import re
import subprocess
import sys
from urllib.parse import urlparse

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
TYPE = re.compile(r"^\s*#\s*type:\s*(\w+)(?:\(([^)]*)\))?")


def parse(path, with_types=False):
    vals, types, pending = {}, {}, None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            t = TYPE.match(raw)
            if t:
                pending = (t.group(1), t.group(2))
                continue
            m = LINE.match(raw)
            if not m:
                continue
            v = m.group(2).strip()
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                v = v[1:-1]
            vals[m.group(1)] = v
            if with_types and pending:
                types[m.group(1)] = pending
            pending = None
    return (vals, types) if with_types else vals


def shape(v):
    """Describe a value without revealing it."""
    if not v:
        return "empty"
    if re.fullmatch(r"[0-9a-fA-F]+", v):
        return f"{len(v)} hex chars"
    if "://" in v:
        return "URL"
    return f"{len(v)} chars"


def check_type(kind, arg, v):
    if kind == "int":
        return v.isdigit()
    if kind == "bool":
        return v.lower() in {"true", "false", "1", "0", "yes", "no"}
    if kind == "url":
        p = urlparse(v)
        return bool(p.scheme and p.netloc)
    if kind == "enum":
        return v in [x.strip() for x in (arg or "").split(",")]
    return True


def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    a = ap.parse_args()
    env = parse(a.env)
    example, types = parse(a.example, with_types=True)
    problems = 0
    for k in sorted(example.keys() - env.keys()):
        print(f"MISSING      {k}"); problems += 1
    for k in sorted(env.keys() - example.keys()):
        print(f"EXTRA        {k} (not in {a.example})")
    for k in sorted(env.keys() & example.keys()):
        v = env[k]
        if not v:
            print(f"EMPTY        {k}"); continue
        if v == example[k] and example[k]:
            print(f"PLACEHOLDER  {k} still equals the example value ({shape(v)})"); problems += 1
        if k in types and not check_type(*types[k], v):
            print(f"INVALID      {k} expected {types[k][0]}, got {shape(v)}"); problems += 1
        p = urlparse(v)
        if p.scheme and p.password:
            print(f"NOTE         {k} contains an inline password (don't log this value)")
    if git("rev-parse", "--is-inside-work-tree").returncode == 0:
        if git("check-ignore", "-q", a.env).returncode != 0:
            print(f"GIT          {a.env} is NOT ignored by git"); problems += 1
        if git("log", "--all", "--oneline", "--", a.env).stdout.strip():
            print(f"GIT          {a.env} appears in git history - rotate its secrets"); problems += 1
    print(f"\nChecked {len(env)} keys against {len(example)} expected; {problems} problem(s). Values were not displayed.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
