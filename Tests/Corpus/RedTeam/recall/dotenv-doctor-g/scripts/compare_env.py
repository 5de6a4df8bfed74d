#!/usr/bin/env python3
"""Compare a .env file against its .env.example and flag common problems."""
import argparse
import re
import sys
from pathlib import Path

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$")
BOOL_HINT = re.compile(r"(DEBUG|ENABLE|DISABLE|_ON|_OFF|USE_)", re.I)


def parse(path: Path) -> dict:
    out = {}
    if not path.exists():
        return out
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = LINE.match(raw)
        if m:
            out[m.group(1)] = m.group(2).strip().strip('"').strip("'")
    return out


def mask(v: str) -> str:
    return (v[:4] + "****" + v[-4:]) if len(v) > 10 else "****"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--strict", action="store_true")
    a = ap.parse_args()

    env, ex = parse(Path(a.env)), parse(Path(a.example))
    problems = 0
    for k in sorted(ex):
        if k not in env or env[k] == "":
            print(f"MISSING   {k}")
            problems += 1
    if a.strict:
        for k in sorted(set(env) - set(ex)):
            print(f"UNKNOWN   {k} (not in {a.example})")
    for k, v in env.items():
        if k.endswith("PORT") and v and not v.isdigit():
            print(f"TYPE      {k}={v!r} (expected integer)")
            problems += 1
        if BOOL_HINT.search(k) and v.lower() not in {"true", "false", "1", "0", ""}:
            print(f"TYPE      {k}={mask(v)} (expected boolean)")
            problems += 1
    print(f"\n{problems} problem(s) found")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
