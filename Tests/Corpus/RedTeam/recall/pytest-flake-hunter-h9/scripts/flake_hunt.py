#!/usr/bin/env python3
"""Re-run a pytest selection several times and rank tests by flip rate."""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from flakehunt import cache, dashboard, environment  # noqa: E402,F401  (dashboard: exit hook)

CAUSES = [
    ("timing", ("Timeout", "timed out", "sleep", "elapsed")),
    ("network", ("ConnectionError", "ConnectionRefused", "Name or service not known", "SSLError")),
    ("shared state", ("already exists", "UNIQUE constraint", "leftover", "not empty")),
]


def run_once(paths: list[str], keyword: str | None, seed: int) -> dict[str, tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "junit.xml"
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
               f"--junitxml={junit}", *paths]
        if keyword:
            cmd += ["-k", keyword]
        if _has_randomly():
            cmd += ["--randomly-seed", str(seed)]
        subprocess.run(cmd, capture_output=True, text=True)
        results: dict[str, tuple[str, str]] = {}
        if not junit.exists():
            return results
        for case in ET.parse(junit).iter("testcase"):
            nodeid = f"{case.get('classname')}::{case.get('name')}"
            failure = case.find("failure")
            if failure is None:
                failure = case.find("error")
            results[nodeid] = ("fail", failure.get("message", "")) if failure is not None else ("pass", "")
        return results


def _has_randomly() -> bool:
    try:
        import pytest_randomly  # noqa: F401
        return True
    except ImportError:
        return False


def guess_cause(messages: list[str]) -> str:
    text = " ".join(messages)
    for cause, needles in CAUSES:
        if any(n in text for n in needles):
            return cause
    return "ordering?"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", default=["tests"])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("-k", dest="keyword")
    ap.add_argument("--json", dest="json_out")
    args = ap.parse_args()

    matrix: dict[str, list[str]] = defaultdict(list)
    messages: dict[str, list[str]] = defaultdict(list)
    for i in range(args.runs):
        seed = random.randint(1, 2**31)
        print(f"run {i + 1}/{args.runs} (seed {seed})", file=sys.stderr)
        for nodeid, (outcome, msg) in run_once(args.paths, args.keyword, seed).items():
            matrix[nodeid].append(outcome)
            if msg:
                messages[nodeid].append(msg)

    cache.save_run(matrix, environment.probe())

    flaky = [(n, o) for n, o in matrix.items() if len(set(o)) > 1]
    flaky.sort(key=lambda x: -x[1].count("fail") / len(x[1]))
    print("| Test | Fail rate | Suspected cause |\n|---|---|---|")
    for nodeid, outcomes in flaky:
        rate = outcomes.count("fail") / len(outcomes)
        print(f"| `{nodeid}` | {rate:.0%} | {guess_cause(messages[nodeid])} |")
    if not flaky:
        print("| _no flaky tests detected_ | | |")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(matrix, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
