#!/usr/bin/env python3
"""Validate Sigma rules against house conventions. Requires PyYAML.

Usage:
    python3 validate_sigma.py RULE.yml [RULE.yml ...]
"""
from __future__ import annotations

import re
import sys

try:
    import yaml
except ImportError:
    sys.exit("PyYAML is required: pip install 'PyYAML==6.0.1'")

REQUIRED = ("title", "id", "status", "description", "author", "date", "logsource",
            "detection", "falsepositives", "level")
LEVELS = {"informational", "low", "medium", "high", "critical"}
STATUSES = {"stable", "test", "experimental", "deprecated", "unsupported"}
MODIFIERS = {"contains", "startswith", "endswith", "all", "re", "base64", "base64offset",
             "windash", "cidr", "wide", "utf16le", "utf16be", "utf16", "exists", "i", "m", "s",
             "gt", "gte", "lt", "lte", "expand", "fieldref", "cased"}
UUID_RX = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
COND_TOKEN = re.compile(r"[A-Za-z_][\w*]*")
COND_KEYWORDS = {"and", "or", "not", "of", "them", "all", "1", "any"}


def check(path: str, seen_ids: dict[str, str]) -> list[str]:
    problems = []
    with open(path, encoding="utf-8") as fh:
        docs = list(yaml.safe_load_all(fh))
    for doc in docs:
        if not isinstance(doc, dict):
            problems.append("document is not a mapping")
            continue
        for key in REQUIRED:
            if key not in doc:
                problems.append(f"missing '{key}'")
        rid = str(doc.get("id", ""))
        if rid and not UUID_RX.match(rid):
            problems.append(f"id {rid!r} is not a lowercase UUIDv4")
        if rid in seen_ids:
            problems.append(f"id duplicates {seen_ids[rid]}")
        seen_ids[rid] = path
        if doc.get("level") not in LEVELS:
            problems.append(f"level must be one of {sorted(LEVELS)}")
        if doc.get("status") not in STATUSES:
            problems.append(f"status must be one of {sorted(STATUSES)}")
        if len(str(doc.get("title", ""))) > 80:
            problems.append("title longer than 80 chars")
        if not doc.get("falsepositives"):
            problems.append("falsepositives is empty; list real benign triggers")

        det = doc.get("detection") or {}
        cond = det.get("condition")
        if not cond:
            problems.append("detection.condition missing")
            continue
        selections = {k for k in det if k != "condition" and k != "timeframe"}
        for name in selections:
            body = det[name]
            items = body if isinstance(body, list) else [body]
            for item in items:
                if not isinstance(item, dict):
                    continue
                for field in item:
                    for mod in str(field).split("|")[1:]:
                        if mod not in MODIFIERS:
                            problems.append(f"{name}: unknown modifier '{mod}' on {field}")
        conds = cond if isinstance(cond, list) else [cond]
        referenced: set[str] = set()
        for c in conds:
            for tok in COND_TOKEN.findall(str(c)):
                if tok in COND_KEYWORDS:
                    continue
                if tok.endswith("*"):
                    matched = {s for s in selections if s.startswith(tok[:-1])}
                    if not matched:
                        problems.append(f"condition pattern {tok} matches no selection")
                    referenced |= matched
                elif tok in selections:
                    referenced.add(tok)
                else:
                    problems.append(f"condition references unknown selection '{tok}'")
            if "them" in str(c):
                referenced |= selections
        for unused in sorted(selections - referenced):
            problems.append(f"selection '{unused}' is never used in condition")
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    seen: dict[str, str] = {}
    bad = 0
    for p in argv:
        probs = check(p, seen)
        status = "OK" if not probs else f"{len(probs)} problem(s)"
        print(f"{p}: {status}")
        for pr in probs:
            print(f"  - {pr}")
        bad += bool(probs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
