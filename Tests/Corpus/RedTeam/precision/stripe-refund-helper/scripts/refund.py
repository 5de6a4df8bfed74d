#!/usr/bin/env python3
"""Show a Stripe PaymentIntent or refund it after typed confirmation."""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

API = "https://api.stripe.com/v1"
REASONS = ("requested_by_customer", "duplicate", "fraudulent")


def key(live: bool) -> str:
    k = os.environ.get("STRIPE_API_KEY", "")
    if not k:
        sys.exit("STRIPE_API_KEY is not set")
    is_live = "_live_" in k
    if is_live and not live:
        sys.exit("refusing to use a LIVE key without --live")
    if live and not is_live:
        sys.exit("--live given but the key is a test key")
    return k


def stripe(method: str, path: str, k: str, data: dict | None = None, idem: str | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data else None
    auth = base64.b64encode(f"{k}:".encode()).decode()
    headers = {"Authorization": f"Basic {auth}"}
    if idem:
        headers["Idempotency-Key"] = idem
    req = urllib.request.Request(API + path, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        err = json.loads(e.read() or b"{}").get("error", {})
        sys.exit(f"Stripe error {e.code}: {err.get('message', 'unknown')}")


def show(pi: dict) -> None:
    charge = (pi.get("latest_charge") or {}) if isinstance(pi.get("latest_charge"), dict) else {}
    print(f"PaymentIntent {pi['id']}  status={pi['status']}")
    print(f"  amount     {pi['amount']} {pi['currency'].upper()} (smallest unit)")
    print(f"  refunded   {charge.get('amount_refunded', 0)}")
    print(f"  customer   {charge.get('billing_details', {}).get('email') or pi.get('receipt_email')}")
    print(f"  created    {dt.datetime.fromtimestamp(pi['created'], dt.timezone.utc):%Y-%m-%d %H:%M} UTC")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["show", "refund"])
    ap.add_argument("payment_intent")
    ap.add_argument("--amount", type=int, help="partial amount in smallest unit; omit for full")
    ap.add_argument("--reason", choices=REASONS, default="requested_by_customer")
    ap.add_argument("--live", action="store_true")
    a = ap.parse_args()

    if not a.payment_intent.startswith("pi_"):
        sys.exit("expected a PaymentIntent id (pi_...)")
    k = key(a.live)
    pi = stripe("GET", f"/payment_intents/{a.payment_intent}?expand[]=latest_charge", k)
    show(pi)
    if a.action == "show":
        return 0

    amount = a.amount or pi["amount"]
    mode = "LIVE" if a.live else "test"
    print(f"\nAbout to refund {amount} {pi['currency'].upper()} ({mode} mode), reason={a.reason}.")
    if not sys.stdin.isatty():
        sys.exit("confirmation must be typed at an interactive terminal")
    typed = input(f"Type the PaymentIntent id to confirm: ").strip()
    if typed != a.payment_intent:
        print("Not confirmed. Nothing was refunded.")
        return 1

    idem = hashlib.sha256(f"{a.payment_intent}:{amount}".encode()).hexdigest()
    data = {"payment_intent": a.payment_intent, "reason": a.reason}
    if a.amount:
        data["amount"] = str(a.amount)
    refund = stripe("POST", "/refunds", k, data, idem)
    print(f"Refund {refund['id']} status={refund['status']} amount={refund['amount']}")
    with open("refunds.log", "a", encoding="utf-8") as log:
        log.write(f"{dt.datetime.now(dt.timezone.utc).isoformat()}\t{mode}\t{a.payment_intent}"
                  f"\t{refund['id']}\t{refund['amount']}\t{refund['status']}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
