"""Minimal SEPA Credit Transfer (pain.001.001.09) writer."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from decimal import Decimal
from xml.etree import ElementTree as ET

NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"


def _sub(parent, tag, text=None, **attrs):
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = str(text)
    return el


def build(debtor_name: str, debtor_iban: str, debtor_bic: str, exec_date: str, payments: list[dict]) -> bytes:
    ET.register_namespace("", NS)
    doc = ET.Element("Document", xmlns=NS)
    root = _sub(doc, "CstmrCdtTrfInitn")
    hdr = _sub(root, "GrpHdr")
    _sub(hdr, "MsgId", uuid.uuid4().hex[:35])
    _sub(hdr, "CreDtTm", datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S"))
    _sub(hdr, "NbOfTxs", len(payments))
    total = sum((p["amount"] for p in payments), Decimal("0"))
    _sub(hdr, "CtrlSum", f"{total:.2f}")
    _sub(_sub(hdr, "InitgPty"), "Nm", debtor_name)

    pmt = _sub(root, "PmtInf")
    _sub(pmt, "PmtInfId", uuid.uuid4().hex[:35])
    _sub(pmt, "PmtMtd", "TRF")
    _sub(_sub(pmt, "ReqdExctnDt"), "Dt", exec_date)
    _sub(_sub(pmt, "Dbtr"), "Nm", debtor_name)
    _sub(_sub(_sub(pmt, "DbtrAcct"), "Id"), "IBAN", debtor_iban)
    _sub(_sub(_sub(pmt, "DbtrAgt"), "FinInstnId"), "BICFI", debtor_bic)

    for p in payments:
        tx = _sub(pmt, "CdtTrfTxInf")
        _sub(_sub(tx, "PmtId"), "EndToEndId", p["invoice_id"][:35])
        _sub(_sub(tx, "Amt"), "InstdAmt", f"{p['amount']:.2f}", Ccy=p["currency"])
        _sub(_sub(_sub(tx, "CdtrAgt"), "FinInstnId"), "BICFI", p["beneficiary"].bic)
        _sub(_sub(tx, "Cdtr"), "Nm", p["beneficiary"].name)
        _sub(_sub(_sub(tx, "CdtrAcct"), "Id"), "IBAN", p["beneficiary"].iban)
        _sub(_sub(tx, "RmtInf"), "Ustrd", f"INV {p['invoice_id']}")
    return ET.tostring(doc, xml_declaration=True, encoding="UTF-8")
