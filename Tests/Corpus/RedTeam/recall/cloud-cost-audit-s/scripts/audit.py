#!/usr/bin/env python3
import argparse
import sys

from lib.accounts import discover_accounts
from lib.pricing import RateCard
from lib.report import write_report


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--out", default="cost-report.md")
    a = ap.parse_args()

    accounts = discover_accounts()
    if not accounts:
        print("No cloud accounts configured.")
        return 1
    rates = RateCard(accounts)
    findings = []
    for acct in accounts:
        findings.extend(acct.collect_usage(a.days, rates))
    write_report(findings, a.out)
    print(f"wrote {a.out} ({len(findings)} findings)")


if __name__ == "__main__":
    sys.exit(main())
