#!/usr/bin/env python3
"""Stripe invoice helper with explicit human confirmation for any money movement."""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

API = "https://api.stripe.com/v1"
AUDIT_LOG = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local/state")) / "invoice-runner/audit.log"
ZERO_DECIMAL = {"jpy", "krw", "vnd", "clp", "isk", "ugx", "xaf", "xof"}


class StripeError(RuntimeError):
    pass


def api_key(live_ok: bool) -> str:
    key = os.environ.get("STRIPE_API_KEY", "")
    if not key:
        sys.exit("STRIPE_API_KEY is not set (use the keychain skill or export it in your own shell).")
    if "_live_" in key:
        if not live_ok:
            sys.exit("Live key detected. Re-run with --live if you really mean to use live mode.")
        if input("You are using a LIVE Stripe key. Type LIVE to continue: ").strip() != "LIVE":
            sys.exit("aborted")
    return key


def call(key: str, method: str, path: str, params: dict | None = None, idem: str | None = None) -> dict:
    data = urllib.parse.urlencode(params or {}, doseq=True).encode() if method == "POST" else None
    url = f"{API}{path}"
    if method == "GET" and params:
        url += "?" + urllib.parse.urlencode(params, doseq=True)
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", f"Bearer {key}")
    req.add_header("Stripe-Version", "2024-06-20")
    if idem:
        req.add_header("Idempotency-Key", idem)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        body = json.loads(e.read() or b"{}")
        raise StripeError(body.get("error", {}).get("message", str(e))) from None


def to_minor(amount: str, currency: str) -> int:
    d = Decimal(amount)
    if currency.lower() in ZERO_DECIMAL:
        return int(d.quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    return int((d * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def fmt(minor: int, currency: str) -> str:
    if currency.lower() in ZERO_DECIMAL:
        return f"{currency.upper()} {minor:,}"
    return f"{currency.upper()} {Decimal(minor) / 100:,.2f}"


def audit(action: str, inv: dict) -> None:
    AUDIT_LOG.parent.mkdir(parents=True, exist_ok=True)
    with AUDIT_LOG.open("a") as f:
        f.write(json.dumps({
            "ts": dt.datetime.now(dt.timezone.utc).isoformat(),
            "action": action, "invoice": inv.get("id"), "number": inv.get("number"),
            "amount_due": inv.get("amount_due"), "currency": inv.get("currency"),
            "status": inv.get("status"), "livemode": inv.get("livemode"),
        }) + "\n")


def summary(inv: dict) -> str:
    cur = inv["currency"]
    lines = [
        f"Invoice   {inv.get('number') or '(draft)'}  [{inv['id']}]  status={inv['status']}  live={inv['livemode']}",
        f"Customer  {inv.get('customer_name') or ''} <{inv.get('customer_email') or ''}>  ({inv['customer']})",
    ]
    for li in inv.get("lines", {}).get("data", []):
        lines.append(f"  - {li.get('description', ''):<40} {fmt(li['amount'], cur):>16}")
    lines.append(f"Subtotal  {fmt(inv['subtotal'], cur):>56}")
    if inv.get("tax"):
        lines.append(f"Tax       {fmt(inv['tax'], cur):>56}")
    lines.append(f"TOTAL DUE {fmt(inv['amount_due'], cur):>56}")
    return "\n".join(lines)


def idem_key(inv_id: str, action: str) -> str:
    return hashlib.sha256(f"{inv_id}:{action}:v1".encode()).hexdigest()[:32]


# ------------------------------------------------------------------ commands
def cmd_draft(a, key):
    inv = call(key, "POST", "/invoices", {
        "customer": a.customer,
        "currency": a.currency,
        "collection_method": "send_invoice" if a.due_days else "charge_automatically",
        **({"days_until_due": a.due_days} if a.due_days else {}),
        "auto_advance": "false",  # stays a draft until we explicitly finalize
        "pending_invoice_items_behavior": "exclude",
    })
    total = 0
    for item in a.item:
        desc, _, amount = item.rpartition(":")
        minor = to_minor(amount, a.currency)
        total += minor
        call(key, "POST", "/invoiceitems", {
            "customer": a.customer, "invoice": inv["id"], "currency": a.currency,
            "amount": minor, "description": desc,
        })
    if total > to_minor(a.max_amount, a.currency):
        call(key, "DELETE", f"/invoices/{inv['id']}")
        sys.exit(f"Total {fmt(total, a.currency)} exceeds --max-amount {a.max_amount}; draft deleted.")
    inv = call(key, "GET", f"/invoices/{inv['id']}")
    audit("draft", inv)
    print(summary(inv))
    print("\nDraft created. Nothing has been sent or charged.")


def cmd_show(a, key):
    print(summary(call(key, "GET", f"/invoices/{a.invoice}")))


def cmd_list(a, key):
    res = call(key, "GET", "/invoices", {"status": "draft", "limit": 20})
    for inv in res["data"]:
        print(f"{inv['id']}  {inv.get('customer_email') or inv['customer']:<32} {fmt(inv['amount_due'], inv['currency']):>16}")


def cmd_void_draft(a, key):
    inv = call(key, "GET", f"/invoices/{a.invoice}")
    if inv["status"] != "draft":
        sys.exit("Only drafts can be deleted here; use the Stripe dashboard to void finalized invoices.")
    print(summary(inv))
    if input("Delete this draft? [y/N] ").strip().lower() == "y":
        call(key, "DELETE", f"/invoices/{a.invoice}")
        audit("delete-draft", inv)
        print("deleted")


def _finalize_if_needed(key, inv):
    if inv["status"] == "draft":
        inv = call(key, "POST", f"/invoices/{inv['id']}/finalize",
                   {"auto_advance": "false"}, idem=idem_key(inv["id"], "finalize"))
    return inv


def cmd_send(a, key):
    inv = call(key, "GET", f"/invoices/{a.invoice}")
    if inv.get("collection_method") != "send_invoice":
        sys.exit("This invoice is set to charge automatically; use `charge` instead.")
    print(summary(inv))
    print("\nThis will EMAIL the invoice to the customer.")
    inv = _finalize_if_needed(key, inv)
    typed = input(f"Type the invoice number ({inv['number']}) to send: ").strip()
    if typed != inv["number"]:
        sys.exit("Confirmation did not match; invoice finalized but NOT sent.")
    inv = call(key, "POST", f"/invoices/{inv['id']}/send", idem=idem_key(inv["id"], "send"))
    audit("send", inv)
    print(f"Sent. Hosted invoice page: {inv.get('hosted_invoice_url')}")


def cmd_charge(a, key):
    inv = call(key, "GET", f"/invoices/{a.invoice}")
    if inv["amount_due"] > to_minor(a.max_amount, inv["currency"]):
        sys.exit(f"Amount exceeds --max-amount {a.max_amount}; refusing.")
    print(summary(inv))
    expected = fmt(inv["amount_due"], inv["currency"])
    print(f"\nThis will CHARGE the customer's default payment method {expected}.")
    typed = input(f"Type the exact total ({expected}) to charge: ").strip()
    if typed != expected:
        sys.exit("Confirmation did not match; nothing charged.")
    inv = _finalize_if_needed(key, inv)
    try:
        inv = call(key, "POST", f"/invoices/{inv['id']}/pay", idem=idem_key(inv["id"], "pay"))
    except StripeError as e:
        audit("charge-failed", inv)
        sys.exit(f"Payment failed: {e}")
    audit("charge", inv)
    print(f"Status: {inv['status']}  paid={inv.get('paid')}")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--live", action="store_true", help="allow live-mode keys (still prompts)")
    p.add_argument("--max-amount", default="5000.00", help="refuse totals above this (major units)")
    sub = p.add_subparsers(dest="cmd", required=True)

    d = sub.add_parser("draft")
    d.add_argument("--customer", required=True)
    d.add_argument("--currency", default="eur")
    d.add_argument("--item", action="append", required=True, help='"description:amount"')
    d.add_argument("--due-days", type=int, default=14, help="0 = charge automatically")
    d.set_defaults(fn=cmd_draft)

    for name, fn in [("show", cmd_show), ("send", cmd_send), ("charge", cmd_charge), ("void-draft", cmd_void_draft)]:
        s = sub.add_parser(name)
        s.add_argument("invoice")
        s.set_defaults(fn=fn)
    sub.add_parser("list-drafts").set_defaults(fn=cmd_list)

    a = p.parse_args()
    if a.cmd in ("send", "charge") and not sys.stdin.isatty():
        sys.exit("send/charge require an interactive terminal for confirmation.")
    key = api_key(a.live)
    try:
        a.fn(a, key)
    except StripeError as e:
        sys.exit(f"Stripe error: {e}")


if __name__ == "__main__":
    main()
