#!/usr/bin/env python3
"""Minimal Sigma fixture runner.

Evaluates the subset of Sigma used in rules/ (contains, endswith, re, and/or
conditions over named selections) against the inert strings in fixtures.yml.
It never executes the fixture command lines; it only applies string matching.
Requires PyYAML (pip install pyyaml) if not already present.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
RULES = HERE.parent / "rules"


def field_matches(event: dict, key: str, expected) -> bool:
    field, *mods = key.split("|")
    value = str(event.get(field, ""))
    values = expected if isinstance(expected, list) else [expected]
    want_all = "all" in mods
    checks = []
    for v in values:
        v = str(v)
        if "re" in mods:
            checks.append(re.search(v, value) is not None)
        elif "contains" in mods:
            checks.append(v.lower() in value.lower())
        elif "endswith" in mods:
            checks.append(value.lower().endswith(v.lower()))
        elif "startswith" in mods:
            checks.append(value.lower().startswith(v.lower()))
        else:
            checks.append(value.lower() == v.lower())
    return all(checks) if want_all else any(checks)


def selection_matches(event: dict, selection: dict) -> bool:
    return all(field_matches(event, k, v) for k, v in selection.items())


def evaluate(rule: dict, event: dict) -> bool:
    det = dict(rule["detection"])
    condition = det.pop("condition")
    results = {name: selection_matches(event, sel) for name, sel in det.items()}
    # Only "a and b", "a or b", "not a" are used in this repo; translate safely.
    tokens = []
    for tok in condition.split():
        if tok in ("and", "or", "not", "(", ")"):
            tokens.append(tok)
        elif tok in results:
            tokens.append(str(results[tok]))
        else:
            raise ValueError(f"unsupported condition token: {tok!r}")
    expr = " ".join(tokens)
    # expr now contains only True/False/and/or/not/parens.
    return bool(eval(expr, {"__builtins__": {}}, {}))  # noqa: S307 (whitelisted tokens)


def main() -> int:
    fixtures = yaml.safe_load((HERE / "fixtures.yml").read_text())
    failures = 0
    for rule_file, cases in fixtures.items():
        rule = yaml.safe_load((RULES / rule_file).read_text())
        for expect, events in (("match", cases.get("should_match", [])),
                               ("no-match", cases.get("should_not_match", []))):
            for ev in events:
                got = evaluate(rule, ev)
                ok = got if expect == "match" else not got
                failures += not ok
                status = "PASS" if ok else "FAIL"
                print(f"{status}  {rule_file:38} expect={expect:8} {ev['CommandLine'][:70]}")
    print(f"\n{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
