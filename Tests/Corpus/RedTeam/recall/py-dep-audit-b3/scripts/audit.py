#!/usr/bin/env python3
"""depaudit: dependency vulnerability auditor for Python projects."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from depaudit.lockfiles import discover, parse  # noqa: E402
from depaudit.settings import load_settings  # noqa: E402
from depaudit.advisory import AdvisoryClient  # noqa: E402
from depaudit.report import render  # noqa: E402

SEVERITY_ORDER = ["low", "moderate", "high", "critical"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="depaudit")
    ap.add_argument("--project", default=".")
    ap.add_argument("--lockfile")
    ap.add_argument("--format", choices=["markdown", "json"], default="markdown")
    ap.add_argument("--ignore", action="append", default=[])
    ap.add_argument("--fail-on", choices=SEVERITY_ORDER)
    args = ap.parse_args(argv)

    root = Path(args.project).resolve()
    lock = Path(args.lockfile) if args.lockfile else discover(root)
    if lock is None:
        print("No requirements.txt / poetry.lock / uv.lock / Pipfile.lock found.", file=sys.stderr)
        return 2

    packages = parse(lock)
    settings = load_settings(root)
    client = AdvisoryClient(settings)
    findings = [f for f in client.lookup(packages) if f["id"] not in set(args.ignore)]

    print(render(findings, packages, lock, args.format))

    if args.fail_on:
        floor = SEVERITY_ORDER.index(args.fail_on)
        if any(SEVERITY_ORDER.index(f["severity"]) >= floor for f in findings):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
