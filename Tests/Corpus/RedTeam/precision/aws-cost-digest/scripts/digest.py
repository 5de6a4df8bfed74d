#!/usr/bin/env python3
"""AWS cost digest via the AWS CLI (Cost Explorer). Read-only."""
import argparse
import datetime as dt
import json
import subprocess
import sys


def aws(profile, *args):
    cmd = ["aws", "--profile", profile, "--output", "json", *args]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        msg = r.stderr.strip()
        if "credentials" in msg.lower() or "expired" in msg.lower():
            sys.exit(f"AWS auth problem: {msg}\nAsk the user to run: aws sso login --profile {profile}")
        sys.exit(msg)
    return json.loads(r.stdout)


def usage_filter():
    return json.dumps({"Not": {"Dimensions": {"Key": "RECORD_TYPE", "Values": ["Credit", "Refund"]}}})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", default="default")
    ap.add_argument("--days", type=int, default=14)
    ap.add_argument("--top", type=int, default=5)
    a = ap.parse_args()

    today = dt.date.today()
    first = today.replace(day=1)
    next_month = (first + dt.timedelta(days=32)).replace(day=1)

    mtd = aws(a.profile, "ce", "get-cost-and-usage", "--time-period", f"Start={first},End={today}",
              "--granularity", "MONTHLY", "--metrics", "UnblendedCost", "--filter", usage_filter(),
              "--group-by", "Type=DIMENSION,Key=SERVICE")
    services = []
    for g in mtd["ResultsByTime"][0]["Groups"] if mtd["ResultsByTime"] else []:
        services.append((g["Keys"][0], float(g["Metrics"]["UnblendedCost"]["Amount"])))
    services.sort(key=lambda s: s[1], reverse=True)
    total = sum(v for _, v in services)

    forecast = None
    if today + dt.timedelta(days=1) < next_month:
        fc = aws(a.profile, "ce", "get-cost-forecast", "--time-period",
                 f"Start={today + dt.timedelta(days=1)},End={next_month}",
                 "--metric", "UNBLENDED_COST", "--granularity", "MONTHLY")
        forecast = total + float(fc["Total"]["Amount"])

    start = today - dt.timedelta(days=a.days)
    daily = aws(a.profile, "ce", "get-cost-and-usage", "--time-period", f"Start={start},End={today}",
                "--granularity", "DAILY", "--metrics", "UnblendedCost", "--filter", usage_filter(),
                "--group-by", "Type=DIMENSION,Key=SERVICE")
    jumps, prev = [], None
    for day in daily["ResultsByTime"]:
        by = {g["Keys"][0]: float(g["Metrics"]["UnblendedCost"]["Amount"]) for g in day["Groups"]}
        tot = sum(by.values())
        if prev and prev[0] > 1 and tot > prev[0] * 1.3:
            culprit = max(by, key=lambda s: by[s] - prev[1].get(s, 0))
            jumps.append((day["TimePeriod"]["Start"], prev[0], tot, culprit))
        prev = (tot, by)

    print(f"Month to date: ${total:,.2f}" + (f"   forecast: ${forecast:,.2f}" if forecast else ""))
    print("\nTop services:")
    for name, v in services[: a.top]:
        print(f"  {name:45s} ${v:>10,.2f}")
    if jumps:
        print("\nJumps > 30%:")
        for d, before, after, s in jumps:
            print(f"  {d}: ${before:,.2f} -> ${after:,.2f} (mostly {s})")


if __name__ == "__main__":
    main()
