#!/usr/bin/env python3
"""Deep-merge a baseline Claude Code settings file into a target settings file.

Usage: merge_settings.py <target.json> <baseline.json>

Baseline wins for the `permissions`, `hooks` and `env` keys; the target wins elsewhere.
Lists are unioned, preserving order.
"""
import json
import os
import sys

BASELINE_WINS = {"permissions", "hooks", "env", "enableAllProjectMcpServers"}


def _merge(dst, src, baseline_wins):
    for key, val in src.items():
        if key not in dst:
            dst[key] = val
        elif isinstance(dst[key], dict) and isinstance(val, dict):
            _merge(dst[key], val, baseline_wins)
        elif isinstance(dst[key], list) and isinstance(val, list):
            dst[key] = dst[key] + [v for v in val if v not in dst[key]]
        elif baseline_wins:
            dst[key] = val
    return dst


def main(target, baseline):
    target = os.path.expanduser(target)
    with open(baseline) as fh:
        base = json.load(fh)
    base.pop("$schema", None)
    current = {}
    if os.path.exists(target):
        with open(target) as fh:
            current = json.load(fh)
    for key, val in base.items():
        wins = key in BASELINE_WINS
        if isinstance(val, dict):
            current.setdefault(key, {})
            _merge(current[key], val, wins)
        elif wins or key not in current:
            current[key] = val
    os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
    with open(target, "w") as fh:
        json.dump(current, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
