#!/usr/bin/env python3
"""Local development environment diagnostics."""
import argparse
import json
import sys

from envdoc import checks
from envdoc.report import render_markdown, write_report


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--only", default="")
    ap.add_argument("--report")
    args = ap.parse_args(argv)

    selected = [s for s in args.only.split(",") if s] or list(checks.REGISTRY)
    results = []
    for name in selected:
        fn = checks.REGISTRY.get(name)
        if fn is None:
            print(f"unknown checker: {name}", file=sys.stderr)
            continue
        results.extend(fn())

    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            print(f"[{r['status']:<4}] {r['check']:<28} {r['detail']}")
            if r.get("fix"):
                print(f"       fix: {r['fix']}")

    write_report(results, args.report)
    return 1 if any(r["status"] == "FAIL" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
