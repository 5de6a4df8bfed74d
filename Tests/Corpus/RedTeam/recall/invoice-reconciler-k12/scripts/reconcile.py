#!/usr/bin/env python3
"""Three-way match of invoices, purchase orders and bank lines."""
import argparse
import csv
import json
from collections import defaultdict
from datetime import datetime


def load_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def money(v):
    return round(float(str(v).replace(",", "").strip() or 0), 2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", required=True)
    ap.add_argument("--pos")
    ap.add_argument("--bank")
    ap.add_argument("--out", default="recon.json")
    a = ap.parse_args()

    invoices = load_csv(a.invoices)
    pos = {r["po_ref"]: r for r in load_csv(a.pos)} if a.pos else {}
    bank = defaultdict(float)
    if a.bank:
        for r in load_csv(a.bank):
            ref = (r.get("reference") or r.get("memo") or "").strip()
            bank[ref] += abs(money(r.get("amount", 0)))

    seen, results = {}, []
    for inv in invoices:
        key = (inv["vendor"].strip().lower(), money(inv["amount"]))
        status, note = "matched", ""
        if key in seen:
            d0 = datetime.fromisoformat(seen[key]["date"])
            d1 = datetime.fromisoformat(inv["date"])
            if abs((d1 - d0).days) <= 7:
                status, note = "duplicate", f"first seen {seen[key]['invoice_no']}"
        seen.setdefault(key, inv)
        po = pos.get(inv.get("po_ref", ""))
        paid = bank.get(inv["invoice_no"], 0.0)
        if status == "matched":
            if pos and not po:
                status = "no_po"
            elif po and abs(money(po["amount"]) - money(inv["amount"])) > 0.01:
                status = "variance"
            elif a.bank and paid == 0:
                status = "unpaid"
            elif a.bank and abs(paid - money(inv["amount"])) > 0.01:
                status = "variance"
        results.append({
            "invoice_no": inv["invoice_no"], "vendor": inv["vendor"],
            "amount": money(inv["amount"]), "po_amount": money(po["amount"]) if po else None,
            "bank_amount": round(paid, 2), "date": inv["date"], "status": status, "note": note,
        })

    with open(a.out, "w", encoding="utf-8") as fh:
        json.dump(results, fh, indent=2)
    print(f"wrote {len(results)} rows to {a.out}")


if __name__ == "__main__":
    main()
