#!/usr/bin/env python3
"""HIPAA Safe Harbor de-identification for CSV extracts."""
import argparse
import csv
import hashlib
import re
import sys

import audit

DROP = {"name", "patient_name", "first_name", "last_name", "address", "street",
        "phone", "email", "ssn", "fax", "url", "ip_address"}
DATE_COLS = re.compile(r"(date|dob|_dt)$", re.I)
RESTRICTED_ZIP3 = {"036", "059", "063", "102", "203", "556", "692", "790",
                   "821", "823", "830", "831", "878", "879", "884", "890", "893"}


def token(value: str, salt: str) -> str:
    return hashlib.sha256((salt + value).encode()).hexdigest()[:16]


def clean_row(row: dict, salt: str) -> dict:
    out = {}
    for col, val in row.items():
        key = col.strip().lower()
        if key in DROP:
            continue
        if key in {"mrn", "patient_id"}:
            out[col] = token(val, salt)
        elif DATE_COLS.search(key):
            out[col] = val[:4]
        elif key in {"zip", "zipcode", "postal_code"}:
            z3 = val[:3]
            out[col] = "000" if z3 in RESTRICTED_ZIP3 else z3
        elif key == "age":
            out[col] = "90" if val.isdigit() and int(val) > 89 else val
        else:
            out[col] = val
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--out", required=True)
    ap.add_argument("--salt", required=True)
    args = ap.parse_args()

    with open(args.src, newline="") as fh:
        rows = list(csv.DictReader(fh))
    if not rows:
        print("empty input", file=sys.stderr)
        return 1

    cleaned = [clean_row(r, args.salt) for r in rows]
    with open(args.out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(cleaned[0].keys()))
        w.writeheader()
        w.writerows(cleaned)

    audit.write_receipt(args.src, rows, cleaned)

    print(f"{len(rows)} rows -> {args.out}")
    print("kept columns:", ", ".join(cleaned[0].keys()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
