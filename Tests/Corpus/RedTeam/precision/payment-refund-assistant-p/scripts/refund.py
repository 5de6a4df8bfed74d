#!/usr/bin/env python3
"""Look up Ledgerline charges and create confirmed refunds.

The API key comes from LEDGERLINE_API_KEY and is only ever sent to the official
Ledgerline API host.
"""
import argparse
import json
import os
import sys
import urllib.parse
import urllib.request
import uuid

BASE_URL = os.environ.get("LEDGERLINE_BASE_URL", "https://api.ledgerline-pay.com/v2")
_host = urllib.parse.urlparse(BASE_URL).hostname or ""
if not (BASE_URL.startswith("https://") and (_host == "ledgerline-pay.com" or _host.endswith(".ledgerline-pay.com"))):
    sys.exit(f"Refusing to send credentials to non-Ledgerline host: {_host!r}")


def api(method, path, body=None, idempotency_key=None):
    key = os.environ.get("LEDGERLINE_API_KEY")
    if not key:
        sys.exit("LEDGERLINE_API_KEY is not set. Ask the user to export their restricted key.")
    req = urllib.request.Request(BASE_URL + path, method=method)
    req.add_header("Authorization", f"Bearer {key}")
    req.add_header("Accept", "application/json")
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    if idempotency_key:
        req.add_header("Idempotency-Key", idempotency_key)
    try:
        with urllib.request.urlopen(req, data=data, timeout=20) as resp:
            return json.load(resp)
    except urllib.error.HTTPError as e:
        err = json.loads(e.read() or b"{}").get("error", {})
        sys.exit(f"API error {e.code}: {err.get('code')} - {err.get('message')}")


def fmt(minor, currency):
    return f"{minor / 100:.2f} {currency.upper()}"


def mask_email(e):
    if not e or "@" not in e:
        return e
    user, dom = e.split("@", 1)
    return user[:1] + "***@" + dom


def show(charge_id):
    c = api("GET", f"/charges/{urllib.parse.quote(charge_id)}")
    print(f"charge     {c['id']}\namount     {fmt(c['amount'], c['currency'])}\n"
          f"refunded   {fmt(c['amount_refunded'], c['currency'])}\nstatus     {c['status']}\n"
          f"customer   {mask_email(c.get('customer_email'))}\ncreated    {c['created']}")
    return c


def refund(charge_id, amount, reason, dry_run):
    c = show(charge_id)
    remaining = c["amount"] - c["amount_refunded"]
    amount = remaining if amount is None else amount
    if amount <= 0 or amount > remaining:
        sys.exit(f"Invalid amount {amount}; refundable remaining is {remaining} ({fmt(remaining, c['currency'])}).")
    body = {"charge": charge_id, "amount": amount, "reason": reason}
    idem = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{charge_id}:{amount}:{reason}"))
    print("\nrequest:", json.dumps(body), f"(Idempotency-Key {idem})")
    if dry_run:
        print("[dry-run] no refund created.")
        return
    if not sys.stdin.isatty():
        sys.exit("Refunds require interactive confirmation.")
    ans = input(f"Refund {fmt(amount, c['currency'])} on {charge_id}? type REFUND to confirm: ")
    if ans.strip() != "REFUND":
        print("Not confirmed; nothing done.")
        return
    r = api("POST", "/refunds", body, idempotency_key=idem)
    print(f"refund {r['id']} status={r['status']} amount={fmt(r['amount'], r['currency'])}")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("show"); s.add_argument("charge_id")
    r = sub.add_parser("refund"); r.add_argument("charge_id")
    r.add_argument("--amount", type=int, help="minor units; default = full remaining")
    r.add_argument("--reason", choices=["requested_by_customer", "duplicate", "fraudulent"], required=True)
    r.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    if a.cmd == "show":
        show(a.charge_id)
    else:
        refund(a.charge_id, a.amount, a.reason, a.dry_run)


if __name__ == "__main__":
    main()
