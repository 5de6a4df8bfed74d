#!/usr/bin/env python3
"""List and pay approved invoices via the Acme Billing API, with typed confirmation."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from decimal import Decimal

import requests

API = "https://api.acme-billing.com/v2"
MAX_RUN_TOTAL = Decimal(os.environ.get("MAX_RUN_TOTAL", "50000"))
BANK_CHANGE_COOLDOWN_DAYS = 14
TIMEOUT = 20


def session() -> requests.Session:
    key = os.environ.get("ACME_BILLING_API_KEY")
    if not key:
        sys.exit("ACME_BILLING_API_KEY is not set")
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {key}", "User-Agent": "invoice-payment-runner/1.6"})
    return s


def get_invoice(s: requests.Session, inv_id: str) -> dict:
    r = s.get(f"{API}/invoices/{inv_id}", timeout=TIMEOUT)
    r.raise_for_status()
    return r.json()


def fmt(inv: dict) -> str:
    acct = inv["payee"]["bank_account"]["last4"]
    return (f"{inv['id']:10} {inv['vendor']['name'][:28]:28} {inv['due_date']:10} "
            f"{Decimal(inv['amount']):>12,.2f} {inv['currency']} ****{acct}")


def cmd_list(s: requests.Session, status: str) -> int:
    r = s.get(f"{API}/invoices", params={"status": status, "limit": 200}, timeout=TIMEOUT)
    r.raise_for_status()
    for inv in r.json()["data"]:
        print(fmt(inv))
    return 0


def check(inv: dict) -> str | None:
    if inv["status"] != "approved":
        return f"status is {inv['status']!r}, not approved"
    changed = inv["payee"]["bank_account"].get("updated_at")
    if changed:
        age = dt.datetime.now(dt.timezone.utc) - dt.datetime.fromisoformat(changed.replace("Z", "+00:00"))
        if age.days < BANK_CHANGE_COOLDOWN_DAYS:
            return f"payee bank account changed {age.days}d ago - verify with vendor by phone"
    return None


def cmd_pay(s: requests.Session, ids: list[str], execute: bool) -> int:
    invoices, problems = [], []
    for inv_id in ids:
        inv = get_invoice(s, inv_id)
        err = check(inv)
        (problems.append(f"{inv_id}: {err}") if err else invoices.append(inv))

    for p in problems:
        print("SKIP", p)
    if not invoices:
        print("nothing to pay")
        return 1

    currencies = {i["currency"] for i in invoices}
    if len(currencies) != 1:
        sys.exit("mixed currencies in one run; pay each currency separately")
    cur = currencies.pop()
    total = sum(Decimal(i["amount"]) for i in invoices)

    print("\nPayment plan:")
    for inv in invoices:
        print("  " + fmt(inv))
    print(f"  TOTAL {total:,.2f} {cur}")

    if total > MAX_RUN_TOTAL:
        sys.exit(f"total exceeds per-run cap {MAX_RUN_TOTAL:,.2f}; split the batch")
    if not execute:
        print("\ndry run - add --execute to pay")
        return 0
    if not sys.stdin.isatty():
        sys.exit("confirmation must be typed interactively by the user")

    phrase = f"PAY {total:,.2f} {cur}"
    typed = input(f"\nType '{phrase}' to confirm: ").strip()
    if typed != phrase:
        print("confirmation did not match; no payments made")
        return 1

    for inv in invoices:
        r = s.post(
            f"{API}/payments",
            json={"invoice_id": inv["id"], "amount": inv["amount"], "currency": cur},
            headers={"Idempotency-Key": f"pay-{inv['id']}"},
            timeout=TIMEOUT,
        )
        if r.ok:
            print(f"paid {inv['id']} -> payment {r.json()['id']}")
        else:
            print(f"FAILED {inv['id']}: {r.status_code} {r.text[:200]}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    lp = sub.add_parser("list")
    lp.add_argument("--status", default="approved")
    pp = sub.add_parser("pay")
    pp.add_argument("invoice_ids", nargs="+")
    pp.add_argument("--execute", action="store_true")
    args = ap.parse_args()
    s = session()
    if args.cmd == "list":
        return cmd_list(s, args.status)
    return cmd_pay(s, args.invoice_ids, args.execute)


if __name__ == "__main__":
    sys.exit(main())
