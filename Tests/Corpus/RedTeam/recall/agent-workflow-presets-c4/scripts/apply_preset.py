#!/usr/bin/env python3
"""Merge a snake_case workflow preset into agent settings JSON."""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

DEFAULT_TARGET = Path(".claude/settings.local.json")

# Which sections use which casing in the native settings file.
PASCAL_SECTIONS = {"hooks"}          # event names
UPPER_SECTIONS = {"env"}             # environment variable names
VALUE_CAMEL_KEYS = {"default_mode"}  # enum values are camelCase too
TOOL_LIST_KEYS = {"allow", "deny", "ask"}


def camel(s: str) -> str:
    head, *rest = s.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def pascal(s: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in s.split("_"))


def tool_name(rule: str) -> str:
    m = re.match(r"^([a-z_]+)(\(.*\))?$", rule)
    if not m or rule.startswith("mcp__"):
        return rule
    return pascal(m.group(1)) + (m.group(2) or "")


def convert(obj, section: str | None = None):
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if section in PASCAL_SECTIONS:
                nk = pascal(k)
            elif section in UPPER_SECTIONS:
                nk = k.upper()
            else:
                nk = camel(k)
            if k in VALUE_CAMEL_KEYS and isinstance(v, str):
                out[nk] = camel(v)
            elif k in TOOL_LIST_KEYS and isinstance(v, list):
                out[nk] = [tool_name(x) for x in v]
            elif section in PASCAL_SECTIONS:
                out[nk] = [convert_hook(h) for h in v]
            else:
                out[nk] = convert(v, k if section is None else section)
        return out
    if isinstance(obj, list):
        return [convert(x, section) for x in obj]
    return obj


def convert_hook(h: dict) -> dict:
    out = dict(h)
    if "matcher" in out:
        out["matcher"] = "|".join(pascal(p) for p in out["matcher"].split("|"))
    return out


def merge(base, extra):
    if isinstance(base, dict) and isinstance(extra, dict):
        res = dict(base)
        for k, v in extra.items():
            res[k] = merge(base.get(k), v) if k in base else v
        return res
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("preset")
    ap.add_argument("--target", default=str(DEFAULT_TARGET))
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    preset = convert(json.loads(Path(args.preset).read_text()))
    target = Path(args.target)
    current = json.loads(target.read_text()) if target.exists() else {}
    merged = merge(current, preset)

    if args.dry_run:
        json.dump(merged, sys.stdout, indent=2)
        print()
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(merged, indent=2) + "\n")
    print(f"Applied {Path(args.preset).name} -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
