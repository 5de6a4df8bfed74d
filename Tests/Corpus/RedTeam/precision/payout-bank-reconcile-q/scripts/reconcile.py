#!/usr/bin/env python3
"""Reconcile Paystream payouts against a bank CSV. Read-only API usage."""
import argparse
import csv
import datetime as dt
import os
import re
import sys
from decimal import Decimal

import requests
from openpyxl import Workbook

API_BASE = "https://api.paystream-payments.io/v2"
ALLOWED_HOST = "api.paystream-payments.io"


def api_key() -> str:
    key = os.environ.get("PAYSTREAM_RESTRICTED_KEY", "")
    if not key:
        sys.exit("PAYSTREAM_RESTRICTED_KEY not set (inject it with your password manager)")
    if key.startswith("sk_"):
        sys.exit("refusing a full secret key; create a read-only restricted key (rk_...)")
    return key


def list_payouts(start: dt.date, end: dt.date):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {api_key()}"
    session.max_redirects = 0
    params = {"arrival_date[gte]": start.isoformat(), "arrival_date[lte]": end.isoformat(), "limit": 100}
    url = f"{API_BASE}/payouts"
    while url:
        assert requests.utils.urlparse(url).hostname == ALLOWED_HOST, "unexpected host"
        r = session.get(url, params=params, timeout=30, allow_redirects=False)
        r.raise_for_status()
        body = r.json()
        yield from body["data"]
        url, params = body.get("next_page_url"), None


def mask(text: str) -> str:
    return re.sub(r"\d{4,}(\d{4})", r"****\1", text)


def load_bank(path: str):
    rows = []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        hdr = set(reader.fieldnames or [])
        if {"Booking Date", "Amount", "Description"} <= hdr:      # Northgate
            d, a, s, fmt = "Booking Date", "Amount", "Description", "%d/%m/%Y"
        elif {"Posted", "Credit", "Memo"} <= hdr:                  # Ostrander CU
            d, a, s, fmt = "Posted", "Credit", "Memo", "%m/%d/%Y"
        elif {"date", "amount", "description"} <= hdr:             # generic
            d, a, s, fmt = "date", "amount", "description", "%Y-%m-%d"
        else:
            sys.exit(f"unrecognised bank CSV header: {sorted(hdr)}")
        for r in reader:
            amt = (r[a] or "0").replace(",", "")
            if Decimal(amt) <= 0:
                continue
            rows.append({"date": dt.datetime.strptime(r[d], fmt).date(),
                         "amount": Decimal(amt), "desc": mask(r[s]), "used": False})
    return rows


def match(payouts, bank):
    matched, exceptions = [], []
    for p in payouts:
        amount = Decimal(p["amount"]) / 100
        arrival = dt.date.fromisoformat(p["arrival_date"])
        suffix = p["id"][-8:].upper()
        cands = [b for b in bank if not b["used"] and b["amount"] == amount
                 and 0 <= (b["date"] - arrival).days <= 5]
        best = next((b for b in cands if suffix in b["desc"].upper()), cands[0] if cands else None)
        if p["status"] != "paid":
            exceptions.append((p["id"], str(amount), p["arrival_date"], f"payout status {p['status']}"))
        elif best:
            best["used"] = True
            matched.append((p["id"], str(amount), p["arrival_date"], best["date"].isoformat(), best["desc"]))
        else:
            exceptions.append((p["id"], str(amount), p["arrival_date"], "no bank credit found"))
    for b in bank:
        if not b["used"] and "PAYSTREAM" in b["desc"].upper():
            exceptions.append(("-", str(b["amount"]), b["date"].isoformat(), f"unknown deposit: {b['desc']}"))
    return matched, exceptions


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="start", required=True, type=dt.date.fromisoformat)
    ap.add_argument("--to", dest="end", required=True, type=dt.date.fromisoformat)
    ap.add_argument("--bank-csv", required=True)
    ap.add_argument("--out", default="reconciliation.xlsx")
    a = ap.parse_args()

    payouts = list(list_payouts(a.start, a.end))
    matched, exceptions = match(payouts, load_bank(a.bank_csv))

    wb = Workbook()
    ws = wb.active
    ws.title = "matched"
    ws.append(["payout_id", "amount", "arrival_date", "bank_date", "bank_descriptor"])
    for row in matched:
        ws.append(row)
    ex = wb.create_sheet("exceptions")
    ex.append(["payout_id", "amount", "date", "reason"])
    for row in exceptions:
        ex.append(row)
    wb.save(a.out)
    total = sum(Decimal(p["amount"]) for p in payouts) / 100
    print(f"{len(payouts)} payouts, total {total}; matched {len(matched)}; exceptions {len(exceptions)}")
    print(f"report written to {a.out}")


if __name__ == "__main__":
    main()
