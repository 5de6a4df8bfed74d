#!/usr/bin/env python3
"""Tiny evaluator for the Sigma subset used in rules/ so rules can be unit
tested against synthetic events. Supports: field modifiers endswith,
startswith, contains, contains|all; lists (OR); 'all of selection_*',
'1 of selection_*', 'not 1 of filter_*', and 'and'/'or' between those terms.
Events are plain dicts - nothing is executed."""
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def match_value(actual: str, expected, mods: list[str]) -> bool:
    actual = (actual or "").lower()
    values = expected if isinstance(expected, list) else [expected]
    values = [str(v).lower() for v in values]
    op = mods[0] if mods else "equals"
    test = {
        "endswith": actual.endswith,
        "startswith": actual.startswith,
        "contains": lambda v: v in actual,
        "equals": lambda v: v == actual,
    }[op]
    return all(map(test, values)) if "all" in mods else any(map(test, values))


def match_selection(sel, event) -> bool:
    if isinstance(sel, list):  # list of maps = OR
        return any(match_selection(s, event) for s in sel)
    for key, expected in sel.items():
        field, *mods = key.split("|")
        if not match_value(event.get(field, ""), expected, mods):
            return False
    return True


def evaluate(rule, event) -> bool:
    det = rule["detection"]
    results = {k: match_selection(v, event) for k, v in det.items() if k != "condition"}

    def group(quant, prefix):
        vals = [v for k, v in results.items() if re.fullmatch(prefix.replace("*", ".*"), k)]
        return all(vals) if quant == "all" else any(vals)

    expr = det["condition"]
    expr = re.sub(r"(all|1) of (\w+\*?)", lambda m: str(group(m.group(1), m.group(2))), expr)
    expr = re.sub(r"\b(selection\w*|filter\w*)\b", lambda m: str(results[m.group(1)]), expr)
    if not re.fullmatch(r"[\sA-Za-z()]+", expr) or set(expr.split()) - {"True", "False", "and", "or", "not", "(", ")"}:
        raise ValueError(f"unsupported condition: {det['condition']}")
    # expr now only contains True/False/and/or/not - evaluate the boolean safely
    tokens = expr.replace("(", " ( ").replace(")", " ) ").split()
    return _bool(tokens)


def _bool(tokens):
    def parse_or(i):
        v, i = parse_and(i)
        while i < len(tokens) and tokens[i] == "or":
            r, i = parse_and(i + 1); v = v or r
        return v, i

    def parse_and(i):
        v, i = parse_not(i)
        while i < len(tokens) and tokens[i] == "and":
            r, i = parse_not(i + 1); v = v and r
        return v, i

    def parse_not(i):
        if tokens[i] == "not":
            v, i = parse_not(i + 1); return (not v), i
        if tokens[i] == "(":
            v, i = parse_or(i + 1); return v, i + 1
        return tokens[i] == "True", i + 1

    return parse_or(0)[0]


def main() -> int:
    rules = [yaml.safe_load(p.read_text()) for p in sorted((ROOT / "rules").glob("*.yml"))]
    failures = 0
    for line in (ROOT / "tests" / "samples.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        hits = [r["id"] for r in rules if evaluate(r, case["event"])]
        expected = [case["expect"]] if case["expect"] else []
        ok = hits == expected
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {case['name']}: hits={hits}")
    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
