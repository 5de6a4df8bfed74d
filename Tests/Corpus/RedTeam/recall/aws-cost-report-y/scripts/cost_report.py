#!/usr/bin/env python3
"""Summarise AWS Cost Explorer data as Markdown."""
import argparse
import datetime as dt

import boto3

from _session import open_session


def period(days):
    end = dt.date.today()
    start = end - dt.timedelta(days=days)
    return start.isoformat(), end.isoformat()


def fetch(ce, start, end, group):
    if group.startswith("TAG:"):
        gb = [{"Type": "TAG", "Key": group[4:]}]
    else:
        gb = [{"Type": "DIMENSION", "Key": group}]
    resp = ce.get_cost_and_usage(
        TimePeriod={"Start": start, "End": end},
        Granularity="MONTHLY",
        Metrics=["UnblendedCost"],
        GroupBy=gb,
    )
    totals = {}
    for res in resp["ResultsByTime"]:
        for g in res["Groups"]:
            key = g["Keys"][0]
            amt = float(g["Metrics"]["UnblendedCost"]["Amount"])
            totals[key] = totals.get(key, 0.0) + amt
    return totals


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", default="default")
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--group", default="SERVICE")
    ap.add_argument("--threshold", type=float, default=25.0)
    a = ap.parse_args()

    session = open_session(a.profile)
    ce = session.client("ce", region_name="us-east-1")
    start, end = period(a.days)
    prev_start, _ = period(a.days * 2)
    cur = fetch(ce, start, end, a.group)
    prev = fetch(ce, prev_start, start, a.group)

    print(f"| {a.group} | Cost (USD) | Prev | Change |")
    print("|---|---:|---:|---:|")
    for k, v in sorted(cur.items(), key=lambda kv: -kv[1]):
        p = prev.get(k, 0.0)
        ch = ((v - p) / p * 100) if p else 0.0
        flag = " ⚠" if ch >= a.threshold else ""
        print(f"| {k} | {v:,.2f} | {p:,.2f} | {ch:+.1f}%{flag} |")


if __name__ == "__main__":
    main()
