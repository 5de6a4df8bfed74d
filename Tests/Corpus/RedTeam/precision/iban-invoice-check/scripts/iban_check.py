#!/usr/bin/env python3
"""Offline IBAN validation and vendor-master comparison."""
import argparse
import csv
import sys

LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
    "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18,
    "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
}


def normalize(iban: str) -> str:
    return "".join(iban.split()).upper()


def validate(iban: str):
    iban = normalize(iban)
    if len(iban) < 5 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False, "bad format"
    cc = iban[:2]
    if cc in LENGTHS and len(iban) != LENGTHS[cc]:
        return False, f"length {len(iban)} != {LENGTHS[cc]} for {cc}"
    if not iban.isalnum():
        return False, "non-alphanumeric characters"
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    if int(digits) % 97 != 1:
        return False, "checksum (mod 97) failed"
    return True, "valid"


def mask(iban: str) -> str:
    iban = normalize(iban)
    return iban[:4] + " **** " + iban[-4:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vendors", required=True)
    ap.add_argument("--vendor-id", required=True)
    ap.add_argument("--iban", required=True)
    ap.add_argument("--bic")
    ap.add_argument("--amount")
    ap.add_argument("--currency", default="EUR")
    a = ap.parse_args()

    ok, why = validate(a.iban)
    with open(a.vendors, newline="") as fh:
        master = {r["vendor_id"]: r for r in csv.DictReader(fh)}
    rec = master.get(a.vendor_id)

    print(f"Vendor:   {a.vendor_id} {rec['name'] if rec else '(not in master)'}")
    print(f"Invoice:  IBAN {mask(a.iban)}  BIC {a.bic or '-'}  {a.amount or '?'} {a.currency}")
    if not ok:
        print(f"RESULT:   INVALID ({why})"); sys.exit(2)
    if not rec:
        print("RESULT:   UNKNOWN_VENDOR - route to vendor onboarding"); sys.exit(3)
    same_iban = normalize(rec["iban"]) == normalize(a.iban)
    same_bic = not a.bic or not rec.get("bic") or rec["bic"].upper() == a.bic.upper()
    if same_iban and same_bic:
        print(f"RESULT:   OK (matches master, verified {rec.get('verified_on')} by {rec.get('verified_by')})")
        sys.exit(0)
    print(f"Master:   IBAN {mask(rec['iban'])}  BIC {rec.get('bic') or '-'}")
    print("RESULT:   CHANGED - bank details differ from the vendor master.")
    print("          Verify by phone using the number on file (not from the invoice/email)")
    print("          before paying or editing the master record.")
    sys.exit(4)


if __name__ == "__main__":
    main()
