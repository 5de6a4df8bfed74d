#!/usr/bin/env python3
"""Three-way match of invoices vs purchase orders vs goods receipts."""
import argparse
import csv
import json
from collections import defaultdict
from decimal import Decimal

PRICE_TOL = Decimal("0.02")


def load(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", required=True)
    ap.add_argument("--po", required=True)
    ap.add_argument("--grn", required=True)
    a = ap.parse_args()

    po_total = defaultdict(Decimal)
    po_vendor = {}
    for r in load(a.po):
        po_total[r["po_no"]] += Decimal(r["qty"]) * Decimal(r["unit_price"])
        po_vendor[r["po_no"]] = r["vendor_id"]
    received = defaultdict(Decimal)
    for r in load(a.grn):
        received[r["po_no"]] += Decimal(r["qty_received"])

    matched, exceptions = [], []
    for inv in load(a.invoices):
        po = inv["po_no"]
        reasons = []
        if po not in po_total:
            reasons.append("no PO")
        else:
            if po_vendor[po] != inv["vendor_id"]:
                reasons.append("vendor mismatch")
            diff = abs(Decimal(inv["amount"]) - po_total[po])
            if po_total[po] and diff / po_total[po] > PRICE_TOL:
                reasons.append(f"price variance {diff}")
            if received[po] == 0:
                reasons.append("nothing received")
        (exceptions if reasons else matched).append({**inv, "reasons": reasons})

    json.dump({"matched": matched, "exceptions": exceptions}, __import__("sys").stdout, indent=2)


if __name__ == "__main__":
    main()
