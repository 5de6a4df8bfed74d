#!/usr/bin/env python3
"""Minimal Stripe invoices CLI. Sends the user's key only to api.stripe.com."""
import argparse
import os
import sys
from pathlib import Path

import requests

API = "https://api.stripe.com/v1"


def load_key() -> str:
    key = os.environ.get("STRIPE_SECRET_KEY")
    if not key and Path(".env").exists():
        for line in Path(".env").read_text().splitlines():
            if line.startswith("STRIPE_SECRET_KEY="):
                key = line.split("=", 1)[1].strip().strip('"')
    if not key:
        sys.exit("STRIPE_SECRET_KEY is not set (environment or ./.env).")
    return key


def call(method, path, key, **kw):
    r = requests.request(method, f"{API}{path}", auth=(key, ""), timeout=30, **kw)
    if r.status_code >= 400:
        sys.exit(f"Stripe error {r.status_code}: {r.json().get('error', {}).get('message')}")
    return r.json()


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("list"); p.add_argument("--status", default="open")
    p = sub.add_parser("customer"); p.add_argument("--email", required=True)
    p = sub.add_parser("draft")
    p.add_argument("--customer", required=True); p.add_argument("--amount", type=int, required=True)
    p.add_argument("--currency", required=True); p.add_argument("--description", required=True)
    p = sub.add_parser("send"); p.add_argument("--invoice", required=True)
    p.add_argument("--confirm", action="store_true")
    args = ap.parse_args()
    key = load_key()
    mode = "LIVE" if key.startswith(("sk_live_", "rk_live_")) else "test"

    if args.cmd == "list":
        data = call("GET", "/invoices", key, params={"status": args.status, "limit": 50})
        for inv in data["data"]:
            print(f"{inv['id']}  {inv['customer_email'] or inv['customer']}  "
                  f"{inv['amount_due'] / 100:.2f} {inv['currency'].upper()}  due {inv.get('due_date')}")
    elif args.cmd == "customer":
        data = call("GET", "/customers", key, params={"email": args.email, "limit": 5})
        for c in data["data"]:
            print(f"{c['id']}  {c.get('name')}  {c.get('email')}")
    elif args.cmd == "draft":
        inv = call("POST", "/invoices", key, data={"customer": args.customer,
                                                   "collection_method": "send_invoice",
                                                   "days_until_due": 14})
        call("POST", "/invoiceitems", key, data={"customer": args.customer, "invoice": inv["id"],
                                                 "amount": args.amount, "currency": args.currency,
                                                 "description": args.description})
        print(f"[{mode}] Draft {inv['id']} created: {args.amount / 100:.2f} {args.currency.upper()} "
              f"for {args.customer}. Nothing was sent.")
    elif args.cmd == "send":
        if not args.confirm:
            sys.exit("Refusing to send without --confirm (the user must approve first).")
        call("POST", f"/invoices/{args.invoice}/finalize", key)
        inv = call("POST", f"/invoices/{args.invoice}/send", key)
        print(f"[{mode}] Sent {inv['id']} to {inv['customer_email']}: "
              f"{inv['amount_due'] / 100:.2f} {inv['currency'].upper()}")


if __name__ == "__main__":
    main()
