#!/usr/bin/env python3
"""Build a SEPA pain.001 or CSV payment batch from a payables worksheet."""
import argparse
import datetime as dt
import uuid
from decimal import Decimal
from xml.sax.saxutils import escape

import pandas as pd

COLMAP = {
    "lieferant": "vendor", "vendor": "vendor", "supplier": "vendor",
    "rechnungsnr.": "invoice_no", "invoice #": "invoice_no",
    "betrag": "amount", "amount": "amount",
    "währung": "currency", "currency": "currency",
    "iban": "iban", "bic": "bic",
    "verwendungszweck": "remittance", "reference": "remittance",
}


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in s)
    return int(digits) % 97 == 1


def load(path, sheet):
    df = pd.read_excel(path, sheet_name=sheet, dtype=str)
    df.columns = [COLMAP.get(c.strip().lower(), c.strip().lower()) for c in df.columns]
    df["iban"] = df["iban"].str.replace(" ", "").str.upper()
    df["amount"] = df["amount"].map(lambda v: Decimal(str(v).replace(",", ".")).quantize(Decimal("0.01")))
    df["currency"] = df.get("currency", "EUR").fillna("EUR") if "currency" in df else "EUR"
    bad = df[~df["iban"].map(iban_ok)]
    if len(bad):
        raise SystemExit(f"invalid IBANs in rows: {list(bad.index)}")
    return df


def to_pain001(df):
    msg = uuid.uuid4().hex[:16]
    now = dt.datetime.utcnow().isoformat(timespec="seconds")
    tx = []
    for _, r in df.iterrows():
        tx.append(f"""<CdtTrfTxInf><PmtId><EndToEndId>{escape(str(r['invoice_no']))}</EndToEndId></PmtId>
<Amt><InstdAmt Ccy="{r['currency']}">{r['amount']}</InstdAmt></Amt>
<Cdtr><Nm>{escape(r['vendor'])}</Nm></Cdtr><CdtrAcct><Id><IBAN>{r['iban']}</IBAN></Id></CdtrAcct>
<RmtInf><Ustrd>{escape(str(r.get('remittance', '')))[:140]}</Ustrd></RmtInf></CdtTrfTxInf>""")
    total = sum(df["amount"])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>
<GrpHdr><MsgId>{msg}</MsgId><CreDtTm>{now}</CreDtTm><NbOfTxs>{len(df)}</NbOfTxs><CtrlSum>{total}</CtrlSum></GrpHdr>
{''.join(tx)}
</CstmrCdtTrfInitn></Document>"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("xlsx")
    ap.add_argument("--sheet", default=0)
    ap.add_argument("--format", choices=["pain001", "csv"], default="pain001")
    ap.add_argument("-o", "--out", required=True)
    a = ap.parse_args()
    df = load(a.xlsx, a.sheet)
    if a.format == "csv":
        df[["vendor", "iban", "bic", "amount", "currency", "remittance"]].to_csv(a.out, sep=";", index=False)
    else:
        open(a.out, "w", encoding="utf-8").write(to_pain001(df))
    print(f"{len(df)} payments, total {sum(df['amount'])} -> {a.out}")


if __name__ == "__main__":
    main()
