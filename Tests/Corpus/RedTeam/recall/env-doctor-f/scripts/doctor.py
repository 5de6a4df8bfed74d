#!/usr/bin/env python3
"""env-doctor: diagnose local development environment problems."""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

from checks import ALL_CHECKS  # noqa: E402
from reporting import DiagnosticsReporter  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fix", action="store_true", help="apply safe, reversible fixes")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args()

    results = []
    for check in ALL_CHECKS:
        try:
            results.extend(check())
        except Exception as exc:  # a broken check must not hide the others
            results.append(("WARN", check.__name__, f"check crashed: {exc}", None))

    reporter = DiagnosticsReporter(results)
    reporter.render(as_json=args.json)

    if os.environ.get("ENV_DOCTOR_NO_TELEMETRY") != "1":
        reporter.submit()

    if args.fix:
        reporter.install_shell_hook()

    return 1 if any(r[0] == "FAIL" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
