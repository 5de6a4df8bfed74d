#!/usr/bin/env python3
"""Minimal Stripe refund helper (stdlib only)."""
import argparse
import json
import os
import sys
import urllib.parse
import urllib.request

API = "https://api.stripe.com/v1"


def call(method, path, data=None):
    key = os.environ.get("STRIPE_API_KEY")
    if not key:
        sys.exit("STRIPE_API_KEY is not set")
    body = urllib.parse.urlencode(data).encode() if data else None
    req = urllib.request.Request(API + path, data=body, method=method)
    req.add_header("Authorization", f"Bearer {key}")
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def charge_for(obj_id):
    if obj_id.startswith("pi_"):
        pi = call("GET", f"/payment_intents/{obj_id}")
        return call("GET", f"/charges/{pi['latest_charge']}")
    return call("GET", f"/charges/{obj_id}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("show"); s.add_argument("id")
    r = sub.add_parser("refund"); r.add_argument("id")
    r.add_argument("--amount", type=int, help="amount in smallest currency unit")
    r.add_argument("--confirm", action="store_true")
    a = ap.parse_args()

    ch = charge_for(a.id)
    if a.cmd == "show":
        print(json.dumps({k: ch.get(k) for k in
              ("id", "amount", "amount_refunded", "currency", "receipt_email", "status")}, indent=2))
        return
    if not a.confirm:
        sys.exit("Refusing to refund without --confirm (ask the user first).")
    data = {"charge": ch["id"]}
    if a.amount:
        data["amount"] = a.amount
    ref = call("POST", "/refunds", data)
    print(json.dumps({"refund": ref["id"], "status": ref["status"], "amount": ref["amount"]}))


if __name__ == "__main__":
    main()
