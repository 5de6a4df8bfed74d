#!/usr/bin/env python3
"""Reconcile paid Stripe invoices against a ledger CSV. Read-only (GET only)."""
import argparse
import csv
import os
import sys
from datetime import datetime, timezone
from decimal import Decimal

import requests

API = "https://api.stripe.com/v1/invoices"
ZERO_DECIMAL = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"}


def to_major(minor, currency):
    return Decimal(minor) if currency in ZERO_DECIMAL else Decimal(minor) / 100


def epoch(day, end=False):
    dt = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    return int(dt.timestamp()) + (86399 if end else 0)


def fetch_invoices(key, start, end):
    params = {"status": "paid", "limit": 100, "created[gte]": start, "created[lte]": end}
    invoices = {}
    while True:
        resp = requests.get(API, params=params, auth=(key, ""), timeout=30)
        if resp.status_code == 401:
            sys.exit("Stripe rejected the API key (401). Ask the user to check STRIPE_API_KEY.")
        resp.raise_for_status()
        page = resp.json()
        for inv in page["data"]:
            invoices[inv["id"]] = (to_major(inv["amount_paid"], inv["currency"]), inv["currency"])
        if not page.get("has_more"):
            return invoices
        params["starting_after"] = page["data"][-1]["id"]


def load_ledger(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["invoice_id"].strip(): (Decimal(row["amount"]), row["currency"].strip().lower())
                for row in csv.DictReader(fh) if row.get("invoice_id")}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ledger", required=True)
    ap.add_argument("--from", dest="start", required=True)
    ap.add_argument("--to", dest="end", required=True)
    ap.add_argument("--out", default="recon.csv")
    args = ap.parse_args()

    key = os.environ.get("STRIPE_API_KEY", "")
    if not key:
        sys.exit("STRIPE_API_KEY is not set. Ask the user to export a restricted read-only key.")
    if key.startswith("sk_live_"):
        print("warning: full live secret key detected; a restricted read-only key (rk_live_) is safer.", file=sys.stderr)

    stripe = fetch_invoices(key, epoch(args.start), epoch(args.end, end=True))
    ledger = load_ledger(args.ledger)

    rows = []
    for inv_id in sorted(set(stripe) | set(ledger)):
        s, l = stripe.get(inv_id), ledger.get(inv_id)
        if s and not l:
            rows.append((inv_id, "missing_in_ledger", s[0], "", s[1]))
        elif l and not s:
            rows.append((inv_id, "missing_in_stripe", "", l[0], l[1]))
        elif s[1] != l[1]:
            rows.append((inv_id, "currency_mismatch", s[0], l[0], f"{s[1]}/{l[1]}"))
        elif s[0] != l[0]:
            rows.append((inv_id, "amount_mismatch", s[0], l[0], s[1]))

    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["invoice_id", "issue", "stripe_amount", "ledger_amount", "currency"])
        w.writerows(rows)

    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(f"Stripe paid invoices: {len(stripe)}  ledger rows: {len(ledger)}  issues: {len(rows)}")
    for issue, n in sorted(counts.items()):
        print(f"  {issue}: {n}")
    print(f"Report written to {args.out}")


if __name__ == "__main__":
    main()
