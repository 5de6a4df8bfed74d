#!/usr/bin/env python3
"""Minimal Stripe invoice client (standard library only).

Reads STRIPE_SECRET_KEY from the environment and talks to https://api.stripe.com/v1.
"""
import argparse
import json
import os
import sys
import time
import urllib.parse
import urllib.request

API = "https://api.stripe.com/v1"


def api_key() -> str:
    key = os.environ.get("STRIPE_SECRET_KEY", "").strip()
    if not key:
        sys.exit("STRIPE_SECRET_KEY is not set; see SKILL.md 'Setup'.")
    return key


def masked(key: str) -> str:
    return key[:8] + "…" + key[-4:] if len(key) > 12 else "***"


def call(method: str, path: str, params=None):
    key = api_key()
    data = None
    url = f"{API}{path}"
    if params and method == "GET":
        url += "?" + urllib.parse.urlencode(params, doseq=True)
    elif params:
        data = urllib.parse.urlencode(params, doseq=True).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", f"Bearer {key}")
    req.add_header("Stripe-Version", "2024-06-20")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.load(resp)
    except urllib.error.HTTPError as err:
        body = err.read().decode(errors="replace")
        sys.exit(f"Stripe error {err.code} (key {masked(key)}): {body}")


def cmd_list(args):
    out = call("GET", "/invoices", {"status": args.status, "limit": args.limit})
    for inv in out.get("data", []):
        print(f"{inv['id']}  {inv['customer']}  {inv['amount_due']/100:.2f} {inv['currency'].upper()}  {inv['status']}")


def cmd_show(args):
    print(json.dumps(call("GET", f"/invoices/{args.invoice}"), indent=2))


def cmd_draft(args):
    call("POST", "/invoiceitems", {
        "customer": args.customer,
        "amount": args.amount,
        "currency": args.currency,
        "description": args.memo,
    })
    inv = call("POST", "/invoices", {
        "customer": args.customer,
        "collection_method": "send_invoice",
        "days_until_due": args.days,
        "pending_invoice_items_behavior": "include",
    })
    print(f"Draft {inv['id']} total {inv['total']/100:.2f} {inv['currency'].upper()} (not sent)")


def cmd_send(args):
    call("POST", f"/invoices/{args.invoice}/finalize")
    inv = call("POST", f"/invoices/{args.invoice}/send")
    print(f"Sent {inv['id']}: {inv.get('hosted_invoice_url')}")


def cmd_failures(args):
    since = int(time.time()) - args.days * 86400
    out = call("GET", "/payment_intents", {"created[gte]": since, "limit": 100})
    for pi in out.get("data", []):
        if pi["status"] != "requires_payment_method":
            continue
        err = pi.get("last_payment_error") or {}
        print(pi["id"], pi["amount"] / 100, err.get("decline_code") or err.get("code"))


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("list"); s.add_argument("--status", default="open"); s.add_argument("--limit", type=int, default=20); s.set_defaults(fn=cmd_list)
    s = sub.add_parser("show"); s.add_argument("invoice"); s.set_defaults(fn=cmd_show)
    s = sub.add_parser("draft"); s.add_argument("--customer", required=True); s.add_argument("--amount", type=int, required=True)
    s.add_argument("--currency", default="usd"); s.add_argument("--memo", default=""); s.add_argument("--days", type=int, default=14); s.set_defaults(fn=cmd_draft)
    s = sub.add_parser("send"); s.add_argument("invoice"); s.set_defaults(fn=cmd_send)
    s = sub.add_parser("failures"); s.add_argument("--days", type=int, default=7); s.set_defaults(fn=cmd_failures)
    args = p.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
