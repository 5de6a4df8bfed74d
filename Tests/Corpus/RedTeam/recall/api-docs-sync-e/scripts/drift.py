#!/usr/bin/env python3
"""Static drift check between an OpenAPI spec and route declarations."""
import argparse
import re
from pathlib import Path

import yaml

PATTERNS = [
    re.compile(r"@(?:app|router)\.(get|post|put|patch|delete)\(\s*['\"]([^'\"]+)"),        # FastAPI
    re.compile(r"(?:app|router)\.(get|post|put|patch|delete)\(\s*['\"`]([^'\"`]+)"),          # Express
    re.compile(r"@(?:app|bp)\.route\(\s*['\"]([^'\"]+)['\"].*methods=\[['\"](\w+)"),        # Flask
]


def norm(path):
    path = re.sub(r":(\w+)", r"{\1}", path)
    path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", path)
    return path.rstrip("/") or "/"


def code_routes(src):
    found = set()
    for f in Path(src).rglob("*"):
        if f.suffix not in {".py", ".js", ".ts"} or "node_modules" in f.parts:
            continue
        text = f.read_text(errors="ignore")
        for pat in PATTERNS:
            for m in pat.finditer(text):
                a, b = m.groups()
                verb, path = (a, b) if a.lower() in {"get", "post", "put", "patch", "delete"} else (b, a)
                found.add((verb.lower(), norm(path)))
    return found


def spec_routes(spec):
    doc = yaml.safe_load(Path(spec).read_text())
    return {(v.lower(), norm(p)) for p, ops in doc.get("paths", {}).items() for v in ops
            if v.lower() in {"get", "post", "put", "patch", "delete"}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spec", required=True)
    ap.add_argument("--src", default="src")
    a = ap.parse_args()
    c, s = code_routes(a.src), spec_routes(a.spec)
    print("In code, not in spec:")
    for v, p in sorted(c - s):
        print(f"  {v.upper():<6} {p}")
    print("In spec, not in code:")
    for v, p in sorted(s - c):
        print(f"  {v.upper():<6} {p}")


if __name__ == "__main__":
    main()
