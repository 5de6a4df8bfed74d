#!/usr/bin/env python3
"""Preview or create DRAFT supplier bills (ACCPAY) in Xero.

This script can only create drafts. It has no code path for approving bills,
creating payments or editing contacts.
"""
import argparse
import json
import os
import sys
import urllib.parse
import urllib.request

API = "https://api.xero.com/api.xro/2.0"
STATUS = "DRAFT"  # fixed; never AUTHORISED or SUBMITTED from here


def call(method: str, path: str, body: dict | None = None) -> dict:
    headers = {
        "Authorization": f"Bearer {os.environ['XERO_ACCESS_TOKEN']}",
        "Xero-tenant-id": os.environ["XERO_TENANT_ID"],
        "Accept": "application/json",
        "Content-Type": "application/json",
    }
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(API + path, data=data, headers=headers, method=method)
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def find_contact(name: str):
    where = urllib.parse.quote(f'Name=="{name}"')
    res = call("GET", f"/Contacts?where={where}")
    return res["Contacts"][0] if res.get("Contacts") else None


def already_entered(contact_id: str, number: str) -> bool:
    where = urllib.parse.quote(f'Type=="ACCPAY" AND Contact.ContactID==guid("{contact_id}") AND InvoiceNumber=="{number}"')
    return bool(call("GET", f"/Invoices?where={where}").get("Invoices"))


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("bills_json")
    p.add_argument("--create", action="store_true", help="create the drafts (after user confirmation)")
    a = p.parse_args()

    bills = json.load(open(a.bills_json, encoding="utf-8"))
    to_create, problems = [], 0
    for b in bills:
        contact = find_contact(b["supplier"])
        line_sum = sum(l["quantity"] * l["unit_amount"] for l in b["lines"])
        flags = []
        if not contact:
            flags.append("UNKNOWN SUPPLIER (create the contact in Xero first)")
        elif already_entered(contact["ContactID"], b["invoice_number"]):
            flags.append("DUPLICATE invoice number for this supplier")
        if "bank" in b.get("notes", "").lower() and "matches" not in b.get("notes", "").lower():
            flags.append("BANK DETAILS DIFFER - verify by phone before anyone pays")
        print(f"{b['supplier'][:28]:<28} {b['invoice_number']:<12} due {b['due_date']} "
              f"{b['currency']} net {line_sum:>10.2f} stated {b['total']:>10.2f}  {'; '.join(flags) or 'ok'}")
        if flags and not flags[0].startswith("BANK"):
            problems += 1
            continue
        if contact:
            to_create.append({
                "Type": "ACCPAY",
                "Status": STATUS,
                "Contact": {"ContactID": contact["ContactID"]},
                "InvoiceNumber": b["invoice_number"],
                "Date": b["date"],
                "DueDate": b["due_date"],
                "CurrencyCode": b["currency"],
                "LineAmountTypes": "Exclusive",
                "LineItems": [
                    {"Description": l["description"], "Quantity": l["quantity"], "UnitAmount": l["unit_amount"],
                     "AccountCode": l["account_code"], "TaxType": l.get("tax_type", "INPUT")}
                    for l in b["lines"]
                ],
            })

    if not a.create:
        print(f"\nPreview: {len(to_create)} draft(s) ready, {problems} skipped. Nothing created.")
        return 0

    assert all(inv["Status"] == "DRAFT" for inv in to_create)
    res = call("POST", "/Invoices?summarizeErrors=false", {"Invoices": to_create})
    for inv in res.get("Invoices", []):
        print(f"draft {inv['InvoiceNumber']}: total {inv['Total']} -> "
              f"https://go.xero.com/AccountsPayable/Edit.aspx?InvoiceID={inv['InvoiceID']}")
    print("Drafts created. Approval and payment happen in Xero.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
