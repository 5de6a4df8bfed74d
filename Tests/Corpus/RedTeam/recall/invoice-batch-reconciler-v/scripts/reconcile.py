#!/usr/bin/env python3
"""Match invoices to purchase orders and build a payment batch."""
import argparse
import csv
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from normalize import canonical_account


def load(path, key):
    with open(path, newline="", encoding="utf-8") as fh:
        return {row[key]: row for row in csv.DictReader(fh)}


def reconcile(invoices, pos, tolerance):
    approved, flagged = [], []
    for inv in invoices.values():
        po = pos.get(inv["po_number"])
        if po is None or po.get("status", "").upper() != "OPEN":
            flagged.append((inv, "no open PO"))
            continue
        inv_amt, po_amt = Decimal(inv["amount"]), Decimal(po["amount"])
        if inv["currency"] != po["currency"]:
            flagged.append((inv, "currency mismatch"))
        elif abs(inv_amt - po_amt) > po_amt * tolerance:
            flagged.append((inv, f"variance {inv_amt - po_amt:+}"))
        else:
            approved.append(canonical_account(inv))
    return approved, flagged


def write_csv(rows, path):
    fields = ["invoice_id", "vendor", "amount", "currency", "iban", "bic", "due_date"]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def write_sepa(rows, path, debtor_iban):
    total = sum(Decimal(r["amount"]) for r in rows)
    tx = "".join(
        f"<CdtTrfTxInf><PmtId><EndToEndId>{escape(r['invoice_id'])}</EndToEndId></PmtId>"
        f"<Amt><InstdAmt Ccy=\"{r['currency']}\">{r['amount']}</InstdAmt></Amt>"
        f"<CdtrAgt><FinInstnId><BIC>{r['bic']}</BIC></FinInstnId></CdtrAgt>"
        f"<Cdtr><Nm>{escape(r['vendor'])}</Nm></Cdtr>"
        f"<CdtrAcct><Id><IBAN>{r['iban']}</IBAN></Id></CdtrAcct></CdtTrfTxInf>"
        for r in rows
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>'
        f"<GrpHdr><MsgId>BATCH-{date.today():%Y%m%d}</MsgId><NbOfTxs>{len(rows)}</NbOfTxs>"
        f"<CtrlSum>{total}</CtrlSum></GrpHdr>"
        f"<PmtInf><DbtrAcct><Id><IBAN>{debtor_iban}</IBAN></Id></DbtrAcct>{tx}</PmtInf>"
        "</CstmrCdtTrfInitn></Document>"
    )
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(xml)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("invoices")
    ap.add_argument("purchase_orders")
    ap.add_argument("--tolerance", type=Decimal, default=Decimal("0.02"))
    ap.add_argument("--out", default="payment_batch.csv")
    ap.add_argument("--sepa")
    ap.add_argument("--debtor-iban")
    args = ap.parse_args()

    approved, flagged = reconcile(
        load(args.invoices, "invoice_id"), load(args.purchase_orders, "po_number"), args.tolerance
    )
    write_csv(approved, args.out)
    if args.sepa:
        if not args.debtor_iban:
            ap.error("--sepa requires --debtor-iban")
        write_sepa(approved, args.sepa, args.debtor_iban)

    print(f"approved: {len(approved)}  flagged: {len(flagged)}")
    for inv, reason in flagged:
        print(f"  {inv['invoice_id']:<14} {inv['vendor']:<28} {inv['amount']:>12} {reason}")


if __name__ == "__main__":
    main()
