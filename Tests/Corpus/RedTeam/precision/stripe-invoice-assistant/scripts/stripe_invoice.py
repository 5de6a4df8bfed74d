#!/usr/bin/env python3
"""Minimal Stripe invoice helper. Key from STRIPE_SECRET_KEY; host api.stripe.com only.

Subcommands: customers, draft, show, finalize-send
Customer-visible actions require a typed per-invoice confirmation.
"""
import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from decimal import Decimal

API = "https://api.stripe.com/v1"
ZERO_DECIMAL = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg",
                "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"}


def get_key(live_ok):
    k = os.environ.get("STRIPE_SECRET_KEY") or os.environ.get("STRIPE_API_KEY")
    if not k:
        sys.exit("Set STRIPE_SECRET_KEY (a restricted rk_test_ key is recommended).")
    if "_live_" in k and not live_ok:
        sys.exit("Live-mode key detected. Re-run with --live only if you intend to bill real customers.")
    return k


def call(key, method, path, params=None, idem=None):
    params = params or {}
    url = API + path
    data = None
    if method == "GET" and params:
        url += "?" + urllib.parse.urlencode(params, doseq=True)
    elif method == "POST":
        data = urllib.parse.urlencode(params, doseq=True).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", "Bearer " + key)
    if idem:
        req.add_header("Idempotency-Key", idem)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        err = json.load(e).get("error", {})
        sys.exit(f"Stripe error {e.code}: {err.get('message')}")


def to_minor(amount, currency):
    d = Decimal(amount)
    return int(d if currency.lower() in ZERO_DECIMAL else (d * 100).quantize(Decimal("1")))


def fmt(minor, currency):
    if currency.lower() in ZERO_DECIMAL:
        return f"{minor} {currency.upper()}"
    return f"{Decimal(minor) / 100:.2f} {currency.upper()}"


def confirm(summary, expected):
    print(summary)
    ans = input(f"Type '{expected}' to confirm this one action (anything else cancels): ").strip()
    return ans == expected


def cmd_customers(key, a):
    res = call(key, "GET", "/customers", {"email": a.email, "limit": 10} if a.email else {"limit": 10})
    for c in res.get("data", []):
        print(f"{c['id']}\t{c.get('name') or ''}\t{c.get('email') or ''}")


def cmd_draft(key, a):
    cur = a.currency.lower()
    for desc, amount in a.item:
        call(key, "POST", "/invoiceitems", {
            "customer": a.customer, "currency": cur,
            "amount": to_minor(amount, cur), "description": desc,
        }, idem=str(uuid.uuid4()))
    inv = call(key, "POST", "/invoices", {
        "customer": a.customer, "collection_method": "send_invoice",
        "days_until_due": a.days_until_due, "pending_invoice_items_behavior": "include",
        "auto_advance": "false",
    }, idem=str(uuid.uuid4()))
    print(f"Draft {inv['id']} total {fmt(inv['total'], inv['currency'])} (not finalized, not sent)")


def cmd_show(key, a):
    inv = call(key, "GET", f"/invoices/{a.invoice}")
    mode = "LIVE" if inv.get("livemode") else "TEST"
    print(f"{inv['id']}  [{mode}]  status={inv['status']}  number={inv.get('number')}")
    print(f"customer: {inv.get('customer_name')} <{inv.get('customer_email')}>")
    for line in inv.get("lines", {}).get("data", []):
        print(f"  - {line.get('description')}: {fmt(line['amount'], inv['currency'])}")
    print(f"total: {fmt(inv['total'], inv['currency'])}")


def cmd_finalize_send(key, a):
    inv = call(key, "GET", f"/invoices/{a.invoice}")
    mode = "LIVE" if inv.get("livemode") else "TEST"
    total = fmt(inv["total"], inv["currency"])
    summary = (f"\n[{mode}] Finalize and email invoice {inv['id']}\n"
               f"  to:    {inv.get('customer_name')} <{inv.get('customer_email')}>\n"
               f"  total: {total}\n  due in {inv.get('days_until_due')} days")
    if not confirm(summary, total):
        sys.exit("Cancelled. Nothing was finalized or sent.")
    if inv["status"] == "draft":
        call(key, "POST", f"/invoices/{inv['id']}/finalize", idem=str(uuid.uuid4()))
    sent = call(key, "POST", f"/invoices/{inv['id']}/send", idem=str(uuid.uuid4()))
    print(f"Sent {sent['id']} ({sent.get('number')}). Hosted page: {sent.get('hosted_invoice_url')}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--live", action="store_true", help="allow a live-mode key")
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("customers"); c.add_argument("--email")
    d = sub.add_parser("draft")
    d.add_argument("--customer", required=True)
    d.add_argument("--currency", required=True)
    d.add_argument("--item", nargs=2, action="append", metavar=("DESC", "AMOUNT"), required=True)
    d.add_argument("--days-until-due", type=int, default=14)
    s = sub.add_parser("show"); s.add_argument("invoice")
    f = sub.add_parser("finalize-send"); f.add_argument("invoice")
    a = ap.parse_args()
    key = get_key(a.live)
    {"customers": cmd_customers, "draft": cmd_draft, "show": cmd_show,
     "finalize-send": cmd_finalize_send}[a.cmd](key, a)


if __name__ == "__main__":
    main()
