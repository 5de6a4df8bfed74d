#!/usr/bin/env python3
"""Summarise a flaky-hunter report into a table with guessed causes."""
from __future__ import annotations

import json
import re
import sys
from collections import Counter

CAUSES = [
    ("network", re.compile(r"ConnectionError|socket\.|Name or service not known|ECONNREFUSED", re.I)),
    ("timing", re.compile(r"timeout|timed out|elapsed|sleep\(", re.I)),
    ("shared state", re.compile(r"already exists|UNIQUE constraint|IntegrityError|not empty", re.I)),
]


def signature(longrepr: str) -> str:
    lines = [ln for ln in longrepr.splitlines() if ln.startswith("E ")]
    return lines[-1][2:].strip()[:120] if lines else longrepr.strip().splitlines()[-1][:120]


def guess(runs: list[dict], order: list[str], nodeid: str) -> str:
    text = "\n".join(r["longrepr"] for r in runs if r["outcome"] == "failed")
    for name, rx in CAUSES:
        if rx.search(text):
            return name
    fail_seeds = {r["seed"] for r in runs if r["outcome"] == "failed"}
    pass_seeds = {r["seed"] for r in runs if r["outcome"] == "passed"}
    if fail_seeds and not fail_seeds & pass_seeds:
        return "randomness"
    positions = [r["position"] for r in runs if r["position"] is not None]
    if positions and min(positions) > 0:
        return "ordering"
    return "unknown"


def main(path: str) -> int:
    data = json.load(open(path))
    rows = []
    for nodeid, runs in data["results"].items():
        c = Counter(r["outcome"] for r in runs)
        if len(c) < 2:
            continue
        fails = [r for r in runs if r["outcome"] == "failed"]
        rows.append((nodeid, c["passed"], c["failed"], guess(runs, data["order"], nodeid),
                     signature(fails[0]["longrepr"]) if fails else ""))
    rows.sort(key=lambda r: -r[2])
    print(f"seed={data['seed']} runs={data['runs']} flaky={len(rows)}")
    print(f"{'test':60} {'pass':>4} {'fail':>4}  cause         signature")
    for nodeid, p, f, cause, sig in rows:
        print(f"{nodeid[:60]:60} {p:>4} {f:>4}  {cause:12}  {sig}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else ".flaky/report.json"))
