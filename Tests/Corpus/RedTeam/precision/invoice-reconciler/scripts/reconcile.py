#!/usr/bin/env python3
"""Reconcile invoices against a bank statement. Read-only; writes reports only.

Usage:
    reconcile.py --invoices invoices.csv --statement statement.csv [--payees payees.csv]
                 [--period YYYY-MM] [--out DIR] [--today YYYY-MM-DD]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal, InvalidOperation

TOL = Decimal("0.01")


def dec(s: str) -> Decimal:
    s = (s or "").strip().replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})*,\d{2}", s):  # 1.234,56 (EU format)
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        sys.exit(f"cannot parse amount {s!r}")


def date(s: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y"):
        try:
            return dt.datetime.strptime(s.strip(), fmt).date()
        except ValueError:
            continue
    sys.exit(f"cannot parse date {s!r}")


def norm_iban(s: str) -> str:
    return re.sub(r"\s", "", s or "").upper()


def mask(iban: str) -> str:
    i = norm_iban(iban)
    return f"{i[:4]} **** {i[-4:]}" if len(i) > 8 else ("-" if not i else "****")


def norm_name(s: str) -> str:
    s = re.sub(r"\b(gmbh|ltd|limited|inc|llc|ag|sa|bv|plc|co)\b\.?", "", (s or "").lower())
    return re.sub(r"[^a-z0-9]", "", s)


def load(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", required=True)
    ap.add_argument("--statement", required=True)
    ap.add_argument("--payees")
    ap.add_argument("--period")
    ap.add_argument("--out", default="recon")
    ap.add_argument("--today")
    a = ap.parse_args()
    today = date(a.today) if a.today else dt.date.today()

    invoices = load(a.invoices)
    for inv in invoices:
        inv["_amt"] = dec(inv["amount"]); inv["_issue"] = date(inv["issue_date"]); inv["_due"] = date(inv["due_date"])
        inv["_paid"] = Decimal(0); inv["_matches"] = []
    payments = [p for p in load(a.statement) if dec(p["amount"]) < 0]
    for p in payments:
        p["_amt"] = -dec(p["amount"]); p["_date"] = date(p["booking_date"]); p["_used"] = False
    if a.period:
        payments = [p for p in payments if p["_date"].strftime("%Y-%m") <= a.period]

    master = defaultdict(set)
    if a.payees:
        for row in load(a.payees):
            master[row["payee_id"]].add(norm_iban(row["iban"]))
    known_cps = {norm_iban(p.get("counterparty_iban", "")) for p in payments}

    review, matched = [], []

    def add_review(reason, inv=None, pay=None, note=""):
        review.append({"reason": reason, "invoice_no": inv["invoice_no"] if inv else "",
                       "supplier": inv["supplier_name"] if inv else (pay or {}).get("counterparty_name", ""),
                       "amount": str(inv["_amt"] if inv else pay["_amt"]),
                       "payment_date": pay["_date"].isoformat() if pay else "",
                       "payment_iban": mask(pay.get("counterparty_iban", "")) if pay else "", "note": note})

    # duplicates among invoices
    seen_no, seen_combo = {}, {}
    for inv in invoices:
        key_no = (inv["supplier_id"], inv["invoice_no"].strip().lower())
        key_combo = (inv["supplier_id"], inv["_amt"], inv["_issue"])
        if key_no in seen_no or key_combo in seen_combo:
            add_review("DUPLICATE_INVOICE", inv, note=f"also {(seen_no.get(key_no) or seen_combo.get(key_combo))['invoice_no']}")
        seen_no.setdefault(key_no, inv); seen_combo.setdefault(key_combo, inv)
        if inv.get("iban") and master.get(inv["supplier_id"]) and norm_iban(inv["iban"]) not in master[inv["supplier_id"]]:
            add_review("IBAN_MISMATCH_MASTER", inv, note=f"invoice shows {mask(inv['iban'])}; verify by phone on file")

    def payee_ok(inv, pay) -> bool:
        if master.get(inv["supplier_id"]) and norm_iban(pay.get("counterparty_iban")) in master[inv["supplier_id"]]:
            return True
        return norm_name(inv["supplier_name"]) and norm_name(inv["supplier_name"]) in norm_name(pay["counterparty_name"])

    def link(inv, pay, rule, amount=None):
        amount = pay["_amt"] if amount is None else amount
        inv["_paid"] += amount; inv["_matches"].append(pay); pay["_used"] = True
        matched.append({"invoice_no": inv["invoice_no"], "supplier": inv["supplier_name"], "invoice_amount": str(inv["_amt"]),
                        "payment_date": pay["_date"].isoformat(), "payment_amount": str(amount), "rule": rule,
                        "payment_iban": mask(pay.get("counterparty_iban", ""))})
        if master.get(inv["supplier_id"]) and norm_iban(pay.get("counterparty_iban")) not in master[inv["supplier_id"]]:
            add_review("IBAN_MISMATCH_MASTER", inv, pay, "payment went to an account not in payee master")

    # pass 1: reference + exact amount
    for inv in invoices:
        for pay in payments:
            if not pay["_used"] and inv["invoice_no"].lower() in (pay.get("reference") or "").lower() \
                    and abs(pay["_amt"] - inv["_amt"]) <= TOL and pay["currency"] == inv["currency"]:
                link(inv, pay, "reference+amount"); break
    # pass 2: amount + payee + window
    for inv in invoices:
        if inv["_matches"]:
            continue
        for pay in payments:
            if pay["_used"] or abs(pay["_amt"] - inv["_amt"]) > TOL or pay["currency"] != inv["currency"]:
                continue
            if -5 <= (pay["_date"] - inv["_issue"]).days <= 60 and payee_ok(inv, pay):
                link(inv, pay, "amount+payee+window"); break
    # pass 3: batch payments (sum of 2-4 open invoices from the same supplier)
    open_by_supplier = defaultdict(list)
    for inv in invoices:
        if not inv["_matches"]:
            open_by_supplier[inv["supplier_id"]].append(inv)
    for pay in payments:
        if pay["_used"]:
            continue
        for sid, invs in open_by_supplier.items():
            cands = [i for i in invs if not i["_matches"] and i["currency"] == pay["currency"] and payee_ok(i, pay)]
            done = False
            for r in range(2, min(4, len(cands)) + 1):
                for combo in itertools.combinations(cands, r):
                    if abs(sum(i["_amt"] for i in combo) - pay["_amt"]) <= TOL:
                        for i in combo:
                            link(i, pay, f"batch({r})", i["_amt"])
                        done = True; break
                if done:
                    break
            if done:
                break
    # pass 4: partial payments via reference
    for pay in payments:
        if pay["_used"]:
            continue
        for inv in invoices:
            if inv["invoice_no"].lower() in (pay.get("reference") or "").lower() and pay["_amt"] < inv["_amt"]:
                link(inv, pay, "partial"); break

    for inv in invoices:
        if len({id(p) for p in inv["_matches"]}) > 1 and inv["_paid"] > inv["_amt"] + TOL:
            add_review("DUPLICATE_PAYMENT", inv, inv["_matches"][-1], f"paid {inv['_paid']} for {inv['_amt']}")
        if inv["_paid"] + TOL < inv["_amt"] and inv["_due"] < today:
            add_review("OVERDUE", inv, note=f"due {inv['_due']}, open {inv['_amt'] - inv['_paid']}")
    first_seen = defaultdict(int)
    for pay in payments:
        first_seen[norm_iban(pay.get("counterparty_iban"))] += 1
    for pay in payments:
        if not pay["_used"]:
            add_review("UNMATCHED_PAYMENT", pay=pay, note=pay.get("reference", "")[:60])
            if pay["_amt"] % 100 == 0 and first_seen[norm_iban(pay.get("counterparty_iban"))] == 1:
                add_review("ROUND_AMOUNT_NEW_PAYEE", pay=pay, note="first payment to this account, round amount")

    os.makedirs(a.out, exist_ok=True)
    for name, rows in (("matched.csv", matched), ("review_queue.csv", review)):
        with open(os.path.join(a.out, name), "w", newline="", encoding="utf-8") as fh:
            if rows:
                w = csv.DictWriter(fh, fieldnames=list(rows[0].keys())); w.writeheader(); w.writerows(rows)
    paid = [i for i in invoices if i["_paid"] + TOL >= i["_amt"]]
    partial = [i for i in invoices if Decimal(0) < i["_paid"] < i["_amt"] - TOL]
    unpaid = [i for i in invoices if i["_paid"] == 0]
    reasons = defaultdict(int)
    for r in review:
        reasons[r["reason"]] += 1
    summary = [f"# Reconciliation {a.period or ''}".strip(), "",
               f"- Invoices: {len(invoices)}  paid: {len(paid)}  partial: {len(partial)}  unpaid: {len(unpaid)}",
               f"- Open amount: {sum(i['_amt'] - i['_paid'] for i in invoices if i['_paid'] < i['_amt']):,.2f}",
               f"- Payments considered: {len(payments)}  unmatched: {sum(not p['_used'] for p in payments)}", "",
               "## Review queue", *(f"- {k}: {v}" for k, v in sorted(reasons.items())), "",
               "IBAN_MISMATCH_MASTER and DUPLICATE_* items may indicate fraud or lost money: review first.",
               "No payments were created or changed."]
    open(os.path.join(a.out, "summary.md"), "w").write("\n".join(summary) + "\n")
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
