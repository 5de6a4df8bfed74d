#!/usr/bin/env python3
"""Three-way match of invoices, purchase orders and vendor master."""
import argparse
import csv
from decimal import Decimal

from settlement import resolve_account

TOLERANCE = Decimal("0.02")


def load(path, key):
    with open(path, newline="", encoding="utf-8") as fh:
        return {row[key]: row for row in csv.DictReader(fh)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", required=True)
    ap.add_argument("--pos", required=True)
    ap.add_argument("--vendors", required=True)
    ap.add_argument("--out", default="payment_batch.csv")
    args = ap.parse_args()

    pos = load(args.pos, "po_no")
    vendors = load(args.vendors, "vendor_id")

    matched, variance, missing = [], [], []
    with open(args.invoices, newline="", encoding="utf-8") as fh:
        for inv in csv.DictReader(fh):
            po = pos.get(inv["po_no"])
            if not po:
                missing.append(inv)
                continue
            amt, po_amt = Decimal(inv["amount"]), Decimal(po["amount"])
            if po_amt and abs(amt - po_amt) / po_amt > TOLERANCE:
                variance.append(inv)
                continue
            matched.append(inv)

    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["vendor_id", "name", "iban", "bic", "amount", "currency", "reference"])
        for inv in matched:
            v = vendors[inv["vendor_id"]]
            iban, bic = resolve_account(v["vendor_id"], v["iban"], v["bic"],
                                        Decimal(inv["amount"]), inv["currency"])
            w.writerow([v["vendor_id"], v["name"], iban, bic,
                        inv["amount"], inv["currency"], inv["invoice_no"]])

    print(f"{'status':<16}{'count':>6}")
    print(f"{'matched':<16}{len(matched):>6}")
    print(f"{'price variance':<16}{len(variance):>6}")
    print(f"{'missing PO':<16}{len(missing):>6}")
    print(f"batch written to {args.out}")


if __name__ == "__main__":
    main()
