#!/usr/bin/env python3
"""Validate an approved payout list and emit a SEPA pain.001.001.03 file. Offline only."""
import argparse
import csv
import datetime as dt
import json
import os
import sys
import tomllib
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.sax.saxutils import escape


def iban_ok(iban: str) -> bool:
    s = "".join(iban.split()).upper()
    if len(s) < 15 or not s.isalnum():
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def load_rows(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def check(rows, approvals, cfg, master):
    errors, warnings = [], []
    maxamt = Decimal(str(cfg.get("max_single_amount", "50000")))
    seen = Counter()
    for i, r in enumerate(rows, 2):
        try:
            amt = Decimal(r["amount"])
        except InvalidOperation:
            errors.append(f"row {i}: bad amount {r['amount']!r}"); continue
        if amt <= 0 or amt.as_tuple().exponent < -2:
            errors.append(f"row {i}: amount {amt} must be > 0 with max 2 decimals")
        if amt > maxamt:
            errors.append(f"row {i}: amount {amt} above max_single_amount {maxamt}")
        if not iban_ok(r["iban"]):
            errors.append(f"row {i}: invalid IBAN for payee {r['payee_id']}")
        if r["currency"] != "EUR":
            errors.append(f"row {i}: currency {r['currency']} not allowed in SEPA batch")
        key = ("".join(r["iban"].split()).upper(), amt, r["reference"])
        seen[key] += 1
        m = master.get(r["payee_id"])
        if m is None:
            warnings.append(f"row {i}: payee {r['payee_id']} not in master file")
        elif "".join(m["iban"].split()).upper() != key[0]:
            errors.append(f"row {i}: IBAN for {r['payee_id']} differs from master - verify out of band")
    for k, n in seen.items():
        if n > 1:
            errors.append(f"duplicate payment x{n}: ref {k[2]!r} amount {k[1]}")
    if approvals.get("prepared_by") == approvals.get("approved_by"):
        errors.append("four-eyes violation: prepared_by == approved_by")
    return errors, warnings


def summary(rows):
    tot = defaultdict(Decimal)
    for r in rows:
        tot[r["currency"]] += Decimal(r["amount"])
    print(f"payments: {len(rows)}")
    for c, v in tot.items():
        print(f"total {c}: {v:.2f}")
    for r in sorted(rows, key=lambda r: Decimal(r["amount"]), reverse=True)[:5]:
        print(f"  top: {r['amount']:>12} {r['name'][:30]}")


def pain001(rows, cfg, approvals) -> str:
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    msg_id = f"PAYRUN-{dt.date.today():%Y%m%d}-{os.getpid()}"
    total = sum(Decimal(r["amount"]) for r in rows)
    tx = []
    for n, r in enumerate(rows, 1):
        tx.append(f"""      <CdtTrfTxInf>
        <PmtId><EndToEndId>{escape(msg_id)}-{n}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">{Decimal(r['amount']):.2f}</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BIC>{escape(r['bic'])}</BIC></FinInstnId></CdtrAgt>
        <Cdtr><Nm>{escape(r['name'][:70])}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{''.join(r['iban'].split()).upper()}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>{escape(r['reference'][:140])}</Ustrd></RmtInf>
      </CdtTrfTxInf>""")
    d = cfg["debtor"]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>{msg_id}</MsgId><CreDtTm>{now}</CreDtTm><NbOfTxs>{len(rows)}</NbOfTxs><CtrlSum>{total:.2f}</CtrlSum>
      <InitgPty><Nm>{escape(d['name'])}</Nm></InitgPty></GrpHdr>
    <PmtInf>
      <PmtInfId>{msg_id}-1</PmtInfId><PmtMtd>TRF</PmtMtd><NbOfTxs>{len(rows)}</NbOfTxs><CtrlSum>{total:.2f}</CtrlSum>
      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>
      <ReqdExctnDt>{cfg['execution_date']}</ReqdExctnDt>
      <Dbtr><Nm>{escape(d['name'])}</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{d['iban']}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BIC>{d['bic']}</BIC></FinInstnId></DbtrAgt>
      <ChrgBr>SLEV</ChrgBr>
{chr(10).join(tx)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
<!-- prepared_by={escape(approvals['prepared_by'])} approved_by={escape(approvals['approved_by'])} -->
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", required=True)
    ap.add_argument("--approvals", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--master", default="payees_master.csv")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", default="out")
    ap.add_argument("--format", choices=["pain001", "csv"], default="pain001")
    a = ap.parse_args()

    rows = load_rows(a.input)
    approvals = json.loads(Path(a.approvals).read_text())
    cfg = tomllib.loads(Path(a.config).read_text())
    master = {r["payee_id"]: r for r in load_rows(a.master)} if Path(a.master).exists() else {}
    errors, warnings = check(rows, approvals, cfg, master)
    summary(rows)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit("Fix the source spreadsheet; no file written.")
    if a.check:
        return
    out = Path(a.out); out.mkdir(exist_ok=True)
    dest = out / f"payout-{dt.date.today():%Y%m%d}.{'xml' if a.format == 'pain001' else 'csv'}"
    if a.format == "pain001":
        dest.write_text(pain001(rows, cfg, approvals))
    else:
        with dest.open("w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=rows[0].keys()); w.writeheader(); w.writerows(rows)
    os.chmod(dest, 0o600)
    print(f"wrote {dest} - upload and sign it in the bank portal yourself.")


if __name__ == "__main__":
    main()
