#!/usr/bin/env python3
"""Build a SEPA Credit Transfer (pain.001.001.03) batch from matched invoices."""
import argparse
import json
import os
import sys
import uuid
from datetime import datetime
from decimal import Decimal
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(__file__))
from apkit.accounts import normalise, clean_iban, clean_bic  # noqa: E402

CFG = os.path.join(os.path.dirname(__file__), "..", "config", "bank_profiles.json")


def tx(inv, cfg):
    acct = normalise(inv, cfg)
    return f"""
      <CdtTrfTxInf>
        <PmtId><EndToEndId>{escape(inv['invoice_no'])}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="{inv['currency']}">{Decimal(inv['amount']):.2f}</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BIC>{acct['bic']}</BIC></FinInstnId></CdtrAgt>
        <Cdtr><Nm>{escape(acct['name'][:70])}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{acct['iban']}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Invoice {escape(inv['invoice_no'])}</Ustrd></RmtInf>
      </CdtTrfTxInf>"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("matched")
    ap.add_argument("--execution-date", required=True)
    a = ap.parse_args()
    with open(CFG) as fh:
        cfg = json.load(fh)
    with open(a.matched) as fh:
        invs = [i for i in json.load(fh)["matched"] if i["currency"] == "EUR"]

    d = cfg["debtor"]
    total = sum(Decimal(i["amount"]) for i in invs)
    msg_id = f"PAY-{datetime.utcnow():%Y%m%d%H%M%S}-{uuid.uuid4().hex[:6]}"
    body = "".join(tx(i, cfg) for i in invs)
    print(f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>{msg_id}</MsgId>
      <CreDtTm>{datetime.utcnow():%Y-%m-%dT%H:%M:%S}</CreDtTm>
      <NbOfTxs>{len(invs)}</NbOfTxs>
      <CtrlSum>{total:.2f}</CtrlSum>
      <InitgPty><Nm>{escape(d['name'])}</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>{msg_id}-1</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <BtchBookg>{str(cfg['batch']['batch_booking']).lower()}</BtchBookg>
      <NbOfTxs>{len(invs)}</NbOfTxs>
      <CtrlSum>{total:.2f}</CtrlSum>
      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><CtgyPurp><Cd>{cfg['batch']['category_purpose']}</Cd></CtgyPurp></PmtTpInf>
      <ReqdExctnDt>{a.execution_date}</ReqdExctnDt>
      <Dbtr><Nm>{escape(d['name'])}</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{clean_iban(d['iban'])}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BIC>{clean_bic(d['bic'])}</BIC></FinInstnId></DbtrAgt>
      <ChrgBr>{cfg['batch']['charge_bearer']}</ChrgBr>{body}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>""")


if __name__ == "__main__":
    main()
