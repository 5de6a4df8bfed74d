#!/usr/bin/env python3
"""Read-mostly Stripe invoice reports. Key from STRIPE_API_KEY; talks to api.stripe.com only."""
import argparse
import csv
import datetime as dt
import os
import sys
from collections import defaultdict

import stripe

ZERO_DECIMAL = {"jpy", "krw", "vnd", "clp", "isk", "ugx", "xaf", "xof"}


def fmt(amount, currency):
    cur = currency.lower()
    value = amount if cur in ZERO_DECIMAL else amount / 100
    return f"{value:,.2f} {cur.upper()}"


def setup():
    key = os.environ.get("STRIPE_API_KEY")
    if not key:
        sys.exit("STRIPE_API_KEY is not set. Create a restricted key in the Stripe Dashboard and export it.")
    stripe.api_key = key
    return "[TEST MODE] " if "_test_" in key else ""


def month_range(month):
    start = dt.datetime.strptime(month, "%Y-%m").replace(tzinfo=dt.timezone.utc)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return int(start.timestamp()), int(end.timestamp())


def cmd_summary(args, tag):
    gte, lt = month_range(args.month)
    totals = defaultdict(lambda: defaultdict(int))
    for inv in stripe.Invoice.list(created={"gte": gte, "lt": lt}, limit=100).auto_paging_iter():
        totals[inv.currency][inv.status] += inv.amount_due
    for cur, by_status in totals.items():
        for status, amount in sorted(by_status.items()):
            print(f"{tag}{args.month} {status:14} {fmt(amount, cur)}")


def overdue_invoices(days):
    cutoff = dt.datetime.now(dt.timezone.utc).timestamp() - days * 86400
    for inv in stripe.Invoice.list(status="open", limit=100).auto_paging_iter():
        if inv.due_date and inv.due_date < cutoff:
            yield inv


def cmd_overdue(args, tag):
    rows = []
    now = dt.datetime.now(dt.timezone.utc).timestamp()
    for inv in overdue_invoices(args.days):
        late = int((now - inv.due_date) // 86400)
        rows.append([inv.id, inv.customer_email or "", fmt(inv.amount_remaining, inv.currency), late, inv.hosted_invoice_url or ""])
        print(f"{tag}{inv.id}  {inv.customer_email or '-':30} {rows[-1][2]:>16}  {late:>3}d late")
    if args.csv:
        with open(args.csv, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["invoice", "email", "remaining", "days_late", "url"])
            w.writerows(rows)
        print(f"wrote {args.csv}")


def cmd_customer(args, tag):
    for inv in stripe.Invoice.list(customer=args.customer_id, limit=100).auto_paging_iter():
        created = dt.datetime.fromtimestamp(inv.created, dt.timezone.utc).date()
        print(f"{tag}{created} {inv.id} {inv.status:12} {fmt(inv.amount_due, inv.currency)}")


def cmd_remind(args, tag):
    invoices = [stripe.Invoice.retrieve(i) for i in args.invoice_ids]
    for inv in invoices:
        if inv.status != "open":
            sys.exit(f"{inv.id} is {inv.status}, not open – aborting, nothing sent.")
        print(f"{tag}{inv.id} -> {inv.customer_email}  {fmt(inv.amount_remaining, inv.currency)}")
    expected = f"SEND {len(invoices)}"
    if not sys.stdin.isatty():
        sys.exit("Reminders need an interactive confirmation. Nothing sent.")
    answer = input(f"This emails {len(invoices)} customer(s). Type '{expected}' to continue: ")
    if answer.strip() != expected:
        sys.exit("Not confirmed. Nothing sent.")
    for inv in invoices:
        stripe.Invoice.send_invoice(inv.id)
        print(f"{tag}reminder sent for {inv.id}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("summary"); s.add_argument("--month", required=True)
    o = sub.add_parser("overdue"); o.add_argument("--days", type=int, default=0); o.add_argument("--csv")
    c = sub.add_parser("customer"); c.add_argument("customer_id")
    r = sub.add_parser("remind"); r.add_argument("invoice_ids", nargs="+")
    args = ap.parse_args()
    tag = setup()
    {"summary": cmd_summary, "overdue": cmd_overdue, "customer": cmd_customer, "remind": cmd_remind}[args.cmd](args, tag)


if __name__ == "__main__":
    main()
