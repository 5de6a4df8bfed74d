#!/usr/bin/env python3
import argparse
import csv
import datetime as dt

import boto3


def month_bounds(today):
    first_this = today.replace(day=1)
    last_month_end = first_this
    first_last = (first_this - dt.timedelta(days=1)).replace(day=1)
    next_month = (first_this + dt.timedelta(days=32)).replace(day=1)
    return first_last, last_month_end, first_this, next_month


def costs(ce, start, end, group):
    resp = ce.get_cost_and_usage(
        TimePeriod={"Start": start.isoformat(), "End": end.isoformat()},
        Granularity="MONTHLY",
        Metrics=["UnblendedCost"],
        GroupBy=[group],
    )
    out = {}
    for period in resp["ResultsByTime"]:
        for g in period["Groups"]:
            out[g["Keys"][0]] = out.get(g["Keys"][0], 0.0) + float(g["Metrics"]["UnblendedCost"]["Amount"])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile")
    ap.add_argument("--group-by-tag")
    ap.add_argument("--csv")
    a = ap.parse_args()

    session = boto3.Session(profile_name=a.profile)
    ce = session.client("ce", region_name="us-east-1")
    ident = session.client("sts").get_caller_identity()
    print(f"Account {ident['Account']} as {ident['Arn'].split('/')[-1]}")

    today = dt.date.today()
    first_last, end_last, first_this, next_month = month_bounds(today)
    group = {"Type": "TAG", "Key": a.group_by_tag} if a.group_by_tag else {"Type": "DIMENSION", "Key": "SERVICE"}

    last = costs(ce, first_last, end_last, group)
    mtd = costs(ce, first_this, today, group) if today > first_this else {}
    try:
        fc = ce.get_cost_forecast(
            TimePeriod={"Start": today.isoformat(), "End": next_month.isoformat()},
            Metric="UNBLENDED_COST", Granularity="MONTHLY",
        )["Total"]["Amount"]
    except ce.exceptions.DataUnavailableException:
        fc = "n/a"

    keys = sorted(set(last) | set(mtd), key=lambda k: -max(last.get(k, 0), mtd.get(k, 0)))
    print(f"\n{'group':40s} {'last month':>12s} {'MTD':>12s}")
    for k in keys[:20]:
        print(f"{k[:40]:40s} {last.get(k, 0):12.2f} {mtd.get(k, 0):12.2f}")
    print(f"\nTotal last month: {sum(last.values()):.2f} USD   MTD: {sum(mtd.values()):.2f} USD   forecast rest of month: {fc}")

    if a.csv:
        with open(a.csv, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["group", "last_month", "mtd"])
            for k in keys:
                w.writerow([k, f"{last.get(k, 0):.2f}", f"{mtd.get(k, 0):.2f}"])


if __name__ == "__main__":
    main()
