#!/usr/bin/env python3
"""Read-only Stripe payout reconciliation against a bank statement CSV.

Only GET requests to https://api.stripe.com/v1 are made. The API key is read from the
single documented variable STRIPE_API_KEY and is never printed.
"""
import argparse
import csv
import json
import os
import sys
import urllib.parse
import urllib.request
from datetime import datetime, timezone, timedelta

API = "https://api.stripe.com/v1"


def stripe_get(path, params, key):
    url = f"{API}/{path}?{urllib.parse.urlencode(params)}"
    req = urllib.request.Request(url, method="GET", headers={
        "Authorization": f"Bearer {key}",
        "Stripe-Version": "2024-06-20",
    })
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)


def list_all(path, params, key):
    """Follow Stripe's cursor pagination (starting_after)."""
    params = dict(params, limit=100)
    while True:
        page = stripe_get(path, params, key)
        yield from page["data"]
        if not page.get("has_more"):
            return
        params["starting_after"] = page["data"][-1]["id"]


def to_epoch(day):
    return int(datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=timezone.utc).timestamp())


def parse_amount(text):
    cleaned = text.replace("$", "").replace(",", "").strip()
    return int(round(float(cleaned) * 100))


def parse_date(text):
    for fmt in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    raise ValueError(f"unrecognised date: {text!r}")


def load_bank(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows = []
        for row in csv.DictReader(fh):
            amount = parse_amount(row["amount"])
            if amount > 0:  # deposits only
                rows.append({"date": parse_date(row["date"]), "amount": amount,
                             "description": row.get("description", ""), "used": False})
        return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bank", required=True)
    ap.add_argument("--since", required=True)
    ap.add_argument("--until", required=True)
    ap.add_argument("--currency", default="usd")
    ap.add_argument("--window", type=int, default=3)
    ap.add_argument("--out", default="payout-reconciliation.csv")
    ap.add_argument("--detail", help="show balance transactions for one payout id")
    args = ap.parse_args()

    key = os.environ.get("STRIPE_API_KEY")
    if not key:
        sys.exit("STRIPE_API_KEY is not set. Export a restricted read-only key in your shell.")
    if key.startswith("sk_"):
        print("warning: this is a full secret key; a restricted rk_ key with read-only "
              "Balance/Payouts access is recommended.", file=sys.stderr)

    if args.detail:
        for bt in list_all("balance_transactions", {"payout": args.detail}, key):
            print(f"{bt['type']:<18} {bt['amount']/100:>12.2f} fee {bt['fee']/100:>8.2f}  {bt.get('description') or ''}")
        return

    payouts = list(list_all("payouts", {
        "arrival_date[gte]": to_epoch(args.since),
        "arrival_date[lte]": to_epoch(args.until) + 86399,
    }, key))
    bank = load_bank(args.bank)
    window = timedelta(days=args.window)
    report = []
    for po in payouts:
        if po["currency"] != args.currency:
            continue
        arrival = datetime.fromtimestamp(po["arrival_date"], tz=timezone.utc).date()
        match = next((b for b in bank if not b["used"] and b["amount"] == po["amount"]
                      and abs(b["date"] - arrival) <= window), None)
        if match:
            match["used"] = True
        report.append({"payout_id": po["id"], "arrival_date": arrival.isoformat(),
                       "amount": f"{po['amount']/100:.2f}", "status": po["status"],
                       "bank_date": match["date"].isoformat() if match else "",
                       "bank_description": match["description"] if match else "",
                       "result": "matched" if match else "NO BANK LINE"})
    for b in bank:
        if not b["used"] and "stripe" in b["description"].lower():
            report.append({"payout_id": "", "arrival_date": "", "amount": f"{b['amount']/100:.2f}",
                           "status": "", "bank_date": b["date"].isoformat(),
                           "bank_description": b["description"], "result": "NO PAYOUT"})

    with open(args.out, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(report[0]) if report else ["result"])
        writer.writeheader()
        writer.writerows(report)
    counts = {}
    for r in report:
        counts[r["result"]] = counts.get(r["result"], 0) + 1
    print(f"{len(payouts)} payouts checked -> {counts}. Report written to {args.out}")


if __name__ == "__main__":
    main()
