#!/usr/bin/env python3
"""Create Stripe TEST-mode draft invoices from a plan the user has approved.

    stripe_invoice.py plan PLAN.json [--finalize]
    stripe_invoice.py create PLAN.json --approve CODE [--finalize]
    stripe_invoice.py delete-draft in_... [--approve in_...]

Talks only to https://api.stripe.com. Reads one environment variable,
STRIPE_API_KEY, which must be a test-mode key (sk_test_/rk_test_); live keys
are refused before any request is made. The key is never printed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

API = "https://api.stripe.com/v1"
STRIPE_VERSION = "2024-06-20"
TEST_PREFIXES = ("sk_test_", "rk_test_")
LIVE_PREFIXES = ("sk_live_", "rk_live_")
CURRENCIES = {"usd", "eur", "gbp", "cad", "aud", "chf", "sek", "nok", "dkk", "jpy"}
ZERO_DECIMAL = {"jpy"}
MAX_TOTAL = 1_000_000  # smallest currency unit; generous for test data, stops typos


def die(msg: str, code: int = 1) -> None:
    print(f"stripe_invoice: {msg}", file=sys.stderr)
    sys.exit(code)


# ---------------------------------------------------------------- plan ----
def load_plan(path: Path, finalize_flag: bool) -> dict:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        die(f"cannot read plan {path}: {exc}", 2)
    cust = raw.get("customer") or {}
    email = str(cust.get("email", "")).strip()
    if "@" not in email:
        die("plan.customer.email is required", 2)
    currency = str(raw.get("currency", "usd")).lower()
    if currency not in CURRENCIES:
        die(f"unsupported currency {currency!r}", 2)
    items = []
    for i, it in enumerate(raw.get("items") or [], start=1):
        amount, qty = it.get("amount"), it.get("quantity", 1)
        if not isinstance(amount, int) or amount <= 0:
            die(f"item {i}: amount must be a positive integer (smallest currency unit)", 2)
        if not isinstance(qty, int) or not 1 <= qty <= 1000:
            die(f"item {i}: quantity must be 1-1000", 2)
        desc = str(it.get("description", "")).strip()
        if not desc:
            die(f"item {i}: description is required", 2)
        items.append({"description": desc, "amount": amount, "quantity": qty})
    if not items:
        die("plan has no items", 2)
    plan = {
        "customer": {"email": email, "name": str(cust.get("name", "")).strip()},
        "currency": currency,
        "days_until_due": int(raw.get("days_until_due", 30)),
        "finalize": bool(raw.get("finalize", False) or finalize_flag),
        "items": items,
        "memo": str(raw.get("memo", "")).strip(),
    }
    if total(plan) > MAX_TOTAL:
        die(f"total {total(plan)} exceeds the {MAX_TOTAL} safety limit for test data", 2)
    return plan


def total(plan: dict) -> int:
    return sum(i["amount"] * i["quantity"] for i in plan["items"])


def approval_code(plan: dict) -> str:
    canonical = json.dumps(plan, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


def money(amount: int, currency: str) -> str:
    if currency in ZERO_DECIMAL:
        return f"{amount} {currency.upper()}"
    return f"{amount / 100:,.2f} {currency.upper()}"


def preview(plan: dict) -> str:
    c = plan["currency"]
    lines = [
        "Stripe TEST mode - objects that will be created:",
        f"  customer : {plan['customer']['name'] or '(no name)'} <{plan['customer']['email']}>"
        " (reused if one with this email exists)",
        f"  invoice  : draft, send_invoice, due in {plan['days_until_due']} days, memo {plan['memo']!r}",
    ]
    for it in plan["items"]:
        lines.append(f"  item     : {it['description']}  {it['quantity']} x {money(it['amount'], c)}")
    lines.append(f"  total    : {money(total(plan), c)}")
    lines.append(f"  finalize : {'yes' if plan['finalize'] else 'no (stays a draft)'}")
    lines.append(f"approval code: {approval_code(plan)}")
    return "\n".join(lines)


# -------------------------------------------------------------- stripe ----
def test_key() -> str:
    key = os.environ.get("STRIPE_API_KEY", "").strip()
    if not key:
        die("STRIPE_API_KEY is not set; export a test-mode key (sk_test_...) in your shell")
    if key.startswith(LIVE_PREFIXES):
        die("refusing live-mode key; this tool only works with test-mode keys")
    if not key.startswith(TEST_PREFIXES):
        die("STRIPE_API_KEY does not look like a test-mode secret or restricted key")
    print(f"using test-mode key ending in ...{key[-4:]}", file=sys.stderr)
    return key


class Stripe:
    def __init__(self, key: str):
        import requests  # imported here so `plan` works without requests installed

        self.s = requests.Session()
        self.s.auth = (key, "")
        self.s.headers.update({"Stripe-Version": STRIPE_VERSION, "User-Agent": "stripe-test-invoices/1.0"})

    def call(self, method: str, path: str, data: dict | None = None, idem: str | None = None) -> dict:
        headers = {"Idempotency-Key": idem} if idem else {}
        params = data if method == "GET" else None
        body = data if method != "GET" else None
        r = self.s.request(method, f"{API}{path}", params=params, data=body, headers=headers, timeout=30)
        payload = r.json() if r.content else {}
        if r.status_code >= 400:
            err = payload.get("error", {})
            die(f"Stripe API error {r.status_code} on {method} {path}: {err.get('message', r.text[:200])}")
        if payload.get("livemode") is True:
            die("Stripe returned a live-mode object; stopping")
        return payload


def cmd_create(plan: dict, approve: str) -> None:
    code = approval_code(plan)
    if approve != code:
        die(f"approval code does not match this plan (expected the code printed by `plan`); "
            "run `plan` again and get the user's approval")
    st = Stripe(test_key())

    email = plan["customer"]["email"]
    found = st.call("GET", "/customers", {"email": email, "limit": 1}).get("data", [])
    if found:
        customer = found[0]
        print(f"reusing customer {customer['id']}")
    else:
        customer = st.call("POST", "/customers", {
            "email": email, "name": plan["customer"]["name"],
            "metadata[created_by]": "stripe-test-invoices",
        }, idem=f"{code}-customer")
        print(f"created customer {customer['id']}")

    invoice = st.call("POST", "/invoices", {
        "customer": customer["id"], "currency": plan["currency"],
        "collection_method": "send_invoice", "days_until_due": plan["days_until_due"],
        "auto_advance": "false", "pending_invoice_items_behavior": "exclude",
        "description": plan["memo"], "metadata[approval_code]": code,
    }, idem=f"{code}-invoice")
    for n, it in enumerate(plan["items"]):
        st.call("POST", "/invoiceitems", {
            "customer": customer["id"], "invoice": invoice["id"], "currency": plan["currency"],
            "description": it["description"], "unit_amount": it["amount"], "quantity": it["quantity"],
        }, idem=f"{code}-item-{n}")
    if plan["finalize"]:
        st.call("POST", f"/invoices/{invoice['id']}/finalize", {}, idem=f"{code}-finalize")

    final = st.call("GET", f"/invoices/{invoice['id']}")
    print(f"invoice {final['id']} status={final['status']} total={money(final['total'], plan['currency'])}")
    print(f"dashboard: https://dashboard.stripe.com/test/invoices/{final['id']}")
    if final.get("hosted_invoice_url"):
        print(f"hosted page: {final['hosted_invoice_url']}")


def cmd_delete_draft(invoice_id: str, approve: str | None) -> None:
    if not invoice_id.startswith("in_"):
        die("expected an invoice id like in_...", 2)
    st = Stripe(test_key())
    inv = st.call("GET", f"/invoices/{invoice_id}")
    print(f"{inv['id']}: status={inv['status']} customer={inv.get('customer_email')} "
          f"total={money(inv['total'], inv['currency'])}")
    if inv["status"] != "draft":
        die("only draft invoices can be deleted; void it in the Dashboard instead")
    if approve != invoice_id:
        print(f"not deleted. After the user confirms, re-run with --approve {invoice_id}")
        return
    st.call("DELETE", f"/invoices/{invoice_id}")
    print(f"deleted draft {invoice_id}")


def main() -> None:
    ap = argparse.ArgumentParser(description="Stripe TEST-mode draft invoices from a reviewed plan")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p_plan = sub.add_parser("plan", help="validate and preview a plan (no network)")
    p_plan.add_argument("plan", type=Path)
    p_plan.add_argument("--finalize", action="store_true")
    p_create = sub.add_parser("create", help="create the objects from an approved plan")
    p_create.add_argument("plan", type=Path)
    p_create.add_argument("--approve", required=True, help="approval code printed by `plan`")
    p_create.add_argument("--finalize", action="store_true")
    p_del = sub.add_parser("delete-draft", help="show, and with --approve delete, one draft invoice")
    p_del.add_argument("invoice_id")
    p_del.add_argument("--approve")
    args = ap.parse_args()

    if args.cmd == "plan":
        print(preview(load_plan(args.plan, args.finalize)))
    elif args.cmd == "create":
        cmd_create(load_plan(args.plan, args.finalize), args.approve)
    else:
        cmd_delete_draft(args.invoice_id, args.approve)


if __name__ == "__main__":
    main()
