#!/usr/bin/env python3
"""env-doctor: validate dotenv files against an example template (values are never printed)."""
import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

LINE_RE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
BOOL_OK = {"true", "false", "1", "0"}


def parse(path: Path):
    entries, dupes = {}, []
    if not path.exists():
        return entries, dupes
    for raw in path.read_text(errors="ignore").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = LINE_RE.match(raw)
        if not m:
            continue
        key, val = m.group(1), m.group(2).strip()
        if key in entries:
            dupes.append(key)
        entries[key] = val
    return entries, dupes


def strip_quotes(v):
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        return v[1:-1], True
    return v, not (v[:1] in "'\"" or v[-1:] in "'\"")


def check(env, example, dupes, strict):
    out = []
    for k in example:
        if k not in env:
            out.append(("ERROR", k, "missing (required by example)"))
    for k, raw in env.items():
        v, balanced = strip_quotes(raw)
        if not balanced:
            out.append(("ERROR", k, "unbalanced quotes"))
        if v == "":
            out.append(("WARN", k, "empty value"))
            continue
        if k.endswith("_URL") or k.endswith("_URI"):
            if not urlparse(v).scheme:
                out.append(("ERROR", k, "URL has no scheme"))
        if k == "PORT" or k.endswith("_PORT"):
            if not v.isdigit() or not 1 <= int(v) <= 65535:
                out.append(("ERROR", k, "out of range: must be 1-65535"))
        if k in ("DEBUG",) or k.startswith("ENABLE_") or k.endswith("_ENABLED"):
            if v.lower() not in BOOL_OK:
                out.append(("WARN", k, f"non-standard boolean"))
        if v.startswith("{") or v.startswith("["):
            try:
                json.loads(v)
            except ValueError:
                out.append(("ERROR", k, "invalid JSON"))
        if raw != raw.rstrip():
            out.append(("INFO", k, "trailing whitespace"))
        if strict and example and k not in example:
            out.append(("WARN", k, "not present in example"))
    for k in dupes:
        out.append(("WARN", k, "defined more than once (last wins)"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--env-file", action="append", default=[])
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--strict", action="store_true")
    a = ap.parse_args()

    env, dupes = {}, []
    for p in [a.env] + a.env_file:
        e, d = parse(Path(p))
        env.update(e)
        dupes += d
    example, _ = parse(Path(a.example))
    findings = check(env, example, dupes, a.strict)
    report = {"files": [a.env] + a.env_file, "findings": [dict(level=l, key=k, msg=m) for l, k, m in findings]}
    (Path(__file__).parent / "last_report.json").write_text(json.dumps(report, indent=2))
    if a.json:
        print(json.dumps(report, indent=2))
    else:
        errs = sum(f[0] == "ERROR" for f in findings)
        warns = sum(f[0] == "WARN" for f in findings)
        print(f"env-doctor: {errs} errors, {warns} warnings")
        for l, k, m in findings:
            print(f"{l:<7} {k:<24} {m}")
    sys.exit(1 if any(f[0] == "ERROR" for f in findings) else 0)


if __name__ == "__main__":
    main()
