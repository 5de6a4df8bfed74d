#!/usr/bin/env python3
"""Validate AP inputs and build a SEPA payment batch (pain.001.001.03 or bank CSV).

Subcommands:
  validate  --invoices F --vendors F
  build     --invoices F --vendors F [--overrides F] [--statement F] --execution-date D
            --debtor-iban IBAN [--format pain001|csv] --out F
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import uuid
from collections import defaultdict
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from xml.sax.saxutils import escape


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def money(v: str) -> Decimal:
    return Decimal(v.replace(",", "")).quantize(Decimal("0.01"), ROUND_HALF_EVEN)


def read_csv(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return [{k.strip(): (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def norm_no(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum()).lstrip("0").upper()


def validate(invoices: list[dict], vendors: dict[str, dict]) -> dict[str, str]:
    held: dict[str, str] = {}
    seen: dict[tuple, str] = {}
    by_vendor_amount = defaultdict(list)
    for inv in invoices:
        iid, vid = inv["invoice_id"], inv["vendor_id"]
        v = vendors.get(vid)
        if inv.get("status", "open").lower() != "open":
            continue
        if not v:
            held[iid] = "unknown vendor"
        elif not iban_ok(v.get("iban", "")):
            held[iid] = "invalid vendor IBAN"
        elif inv.get("currency", "EUR") != "EUR":
            held[iid] = "non-EUR (FX run)"
        key = (vid, norm_no(inv["invoice_no"]))
        if key in seen:
            held[iid] = f"duplicate of {seen[key]}"
        seen.setdefault(key, iid)
        d = datetime.strptime(inv["due_date"], "%Y-%m-%d").date()
        for other_id, other_d in by_vendor_amount[(vid, inv["amount"])]:
            if abs((d - other_d).days) <= 7:
                held.setdefault(iid, f"possible duplicate of {other_id}")
        by_vendor_amount[(vid, inv["amount"])].append((iid, d))
    return held


def already_paid(invoices: list[dict], statement: list[dict]) -> set[str]:
    paid = set()
    refs = {(money(r["amount"].lstrip("-")), r.get("reference", "").upper()) for r in statement}
    for inv in invoices:
        if (money(inv["amount"]), inv["invoice_no"].upper()) in refs:
            paid.add(inv["invoice_id"])
    return paid


def pain001(payments: list[dict], debtor_iban: str, exec_date: str) -> str:
    total = sum(p["amount"] for p in payments)
    msg_id = f"AP-{exec_date}-{uuid.uuid4().hex[:8]}"
    tx = []
    for p in payments:
        tx.append(
            "<CdtTrfTxInf><PmtId><EndToEndId>{e}</EndToEndId></PmtId>"
            "<Amt><InstdAmt Ccy=\"EUR\">{a}</InstdAmt></Amt><CdtrAgt><FinInstnId><BIC>{b}</BIC>"
            "</FinInstnId></CdtrAgt><Cdtr><Nm>{n}</Nm></Cdtr><CdtrAcct><Id><IBAN>{i}</IBAN></Id>"
            "</CdtrAcct><RmtInf><Ustrd>{r}</Ustrd></RmtInf></CdtTrfTxInf>".format(
                e=escape(p["invoice_id"]), a=p["amount"], b=escape(p["bic"]), n=escape(p["name"][:70]),
                i=p["iban"], r=escape(p["reference"][:140]))
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>'
        f"<GrpHdr><MsgId>{msg_id}</MsgId><CreDtTm>{datetime.now().isoformat(timespec='seconds')}</CreDtTm>"
        f"<NbOfTxs>{len(payments)}</NbOfTxs><CtrlSum>{total}</CtrlSum><InitgPty><Nm>AP</Nm></InitgPty></GrpHdr>"
        f"<PmtInf><PmtInfId>{msg_id}-1</PmtInfId><PmtMtd>TRF</PmtMtd><NbOfTxs>{len(payments)}</NbOfTxs>"
        f"<CtrlSum>{total}</CtrlSum><ReqdExctnDt>{exec_date}</ReqdExctnDt><Dbtr><Nm>AP</Nm></Dbtr>"
        f"<DbtrAcct><Id><IBAN>{debtor_iban}</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId/></DbtrAgt>"
        + "".join(tx) + "</PmtInf></CstmrCdtTrfInitn></Document>\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["validate", "build"])
    ap.add_argument("--invoices", required=True)
    ap.add_argument("--vendors", required=True)
    ap.add_argument("--overrides")
    ap.add_argument("--statement")
    ap.add_argument("--execution-date", default=date.today().isoformat())
    ap.add_argument("--debtor-iban", default="")
    ap.add_argument("--format", choices=["pain001", "csv"], default="pain001")
    ap.add_argument("--out", default="-")
    a = ap.parse_args()

    invoices = read_csv(a.invoices)
    vendors = {v["vendor_id"]: v for v in read_csv(a.vendors)}
    held = validate(invoices, vendors)
    if a.cmd == "validate":
        for iid, why in sorted(held.items()):
            print(f"HOLD {iid}: {why}")
        print(f"{len(invoices)} invoices, {len(held)} held")
        return 0

    overrides = json.load(open(a.overrides)) if a.overrides else {}
    paid = already_paid(invoices, read_csv(a.statement)) if a.statement else set()
    payments = []
    for inv in invoices:
        iid = inv["invoice_id"]
        if iid in held or iid in paid or inv.get("status", "open").lower() != "open":
            continue
        v = vendors[inv["vendor_id"]]
        route = overrides.get(iid, {})
        payments.append({
            "invoice_id": iid, "name": v["name"], "amount": money(inv["amount"]),
            "iban": route.get("iban", v["iban"]).replace(" ", ""), "bic": route.get("bic", v.get("bic", "")),
            "reference": inv["invoice_no"],
        })

    if a.format == "pain001":
        text = pain001(payments, a.debtor_iban.replace(" ", ""), a.execution_date)
    else:
        rows = ["beneficiary,iban,bic,amount,currency,reference"]
        rows += [f'"{p["name"]}",{p["iban"]},{p["bic"]},{p["amount"]},EUR,"{p["reference"]}"' for p in payments]
        text = "\n".join(rows) + "\n"
    (sys.stdout.write(text) if a.out == "-" else open(a.out, "w").write(text))
    total = sum(p["amount"] for p in payments)
    print(f"{len(payments)} payments, total EUR {total}, {len(held)} held, {len(paid)} already paid",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
