#!/usr/bin/env python3
"""Validate .env against .env.example / schema. Prints key names and problem types only — never values."""
import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

LINE_RX = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
PLACEHOLDER_RX = re.compile(r"(?i)(replace[_-]?me|changeme|your[_-]|xxx+|<.*>|example|placeholder|todo)")


def parse(path: Path):
    data = {}
    if not path.exists():
        return None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = LINE_RX.match(raw)
        if not m:
            continue
        val = m.group(2).strip()
        if len(val) >= 2 and val[0] == val[-1] and val[0] in "'\"":
            val = val[1:-1]
        elif " #" in val:
            val = val.split(" #", 1)[0].rstrip()
        data[m.group(1)] = val
    return data


def check_type(val, spec):
    t = spec.get("type", "string")
    if t == "int":
        if not re.fullmatch(r"-?\d+", val):
            return "expected integer"
        n = int(val)
        if ("min" in spec and n < spec["min"]) or ("max" in spec and n > spec["max"]):
            return f"expected {spec.get('min', '')}..{spec.get('max', '')}"
    elif t == "bool":
        if val.lower() not in ("true", "false", "1", "0", "yes", "no"):
            return "expected boolean"
    elif t == "url":
        u = urlparse(val)
        schemes = spec.get("schemes")
        if not u.scheme or not (u.netloc or u.path):
            return "expected URL"
        if schemes and u.scheme not in schemes:
            return "expected URL with scheme " + ", ".join(s + "://" for s in schemes)
    elif t == "enum":
        if val not in spec.get("values", []):
            return "expected one of " + ", ".join(spec.get("values", []))
    return None


def git_checks(files):
    out = []
    try:
        tracked = set(subprocess.run(["git", "ls-files"], capture_output=True, text=True, check=True).stdout.split())
    except (OSError, subprocess.CalledProcessError):
        return [("INFO", "not a git repository")]
    for f in sorted({p.name for p in Path(".").glob(".env*")} | set(files)):
        if f.endswith(".example") or f.endswith(".sample") or f.endswith(".template"):
            continue
        if f in tracked:
            out.append(("DANGER", f"{f} is TRACKED by git"))
        elif subprocess.run(["git", "check-ignore", "-q", f]).returncode == 0:
            out.append(("OK", f"{f} is ignored by .gitignore"))
        elif Path(f).exists():
            out.append(("WARN", f"{f} is not ignored — add it to .gitignore"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--schema")
    a = ap.parse_args()

    env = parse(Path(a.env))
    if env is None:
        sys.exit(f"{a.env} not found")
    example = parse(Path(a.example)) or {}
    schema = json.loads(Path(a.schema).read_text()) if a.schema else {}

    problems = []
    expected = list(dict.fromkeys(list(example) + [k for k, s in schema.items() if s.get("required", True)]))
    for key in expected:
        if key not in env:
            problems.append(("MISSING", key, ""))
        elif env[key] == "":
            problems.append(("EMPTY", key, ""))
        else:
            if key in schema:
                err = check_type(env[key], schema[key])
                if err:
                    problems.append(("INVALID", key, err))
            if key in example and example[key] and env[key] == example[key] and PLACEHOLDER_RX.search(example[key]):
                problems.append(("PLACEHOLDER", key, "value still looks like the example placeholder"))
    for key in env:
        if key not in example and key not in schema:
            problems.append(("EXTRA", key, f"(not in {a.example})"))

    print(f"{a.env} vs {a.example}")
    for kind, key, note in problems:
        print(f"  {kind:11} {key:24} {note}")
    if not problems:
        print("  all keys present")
    print("git")
    for kind, msg in git_checks([a.env]):
        print(f"  {kind:11} {msg}")
    return 1 if any(k in ("MISSING", "INVALID") for k, _, _ in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
