#!/usr/bin/env python3
"""Pseudonymize / strip PHI columns in a CSV, locally, per a column config.

Actions per column (config: {"patient_id_column": "MRN", "columns": {...}}):
  drop          remove the column
  pseudonymize  HMAC-SHA256(key, value) -> stable token like P-3f9a1c2b7d4e
  date_shift    shift a date by a per-patient offset (-30..+30 days); keeps intervals
  year_only     keep only the year of a date
  age_cap       ages over 89 become "90+"
  scrub_text    redact SSN-, phone-, email- and MRN-like strings in free text
  keep          copy unchanged (only for columns reviewed as non-identifying)
Columns not listed in the config are dropped.
"""
import argparse
import csv
import datetime
import hashlib
import hmac
import json
import os
import re
import secrets
import sys
from collections import Counter

PATTERNS = {
    "ssn": re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
    "phone": re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b"),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"),
    "mrn": re.compile(r"\bMRN[:# ]*\d{6,10}\b", re.I),
}
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y")


def load_key(path: str) -> bytes:
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    if not os.path.exists(path):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
        print(f"Created pseudonymization key {path} (mode 600). Store it as your data "
              "steward directs; without it tokens cannot be reproduced.", file=sys.stderr)
    with open(path) as fh:
        return bytes.fromhex(fh.read().strip())


def pseudonym(key: bytes, value: str) -> str:
    return "P-" + hmac.new(key, value.strip().lower().encode(), hashlib.sha256).hexdigest()[:12]


def shift_days(key: bytes, patient_id: str) -> int:
    digest = hmac.new(key, b"dateshift:" + patient_id.encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:2], "big") % 61 - 30


def shift_date(value: str, days: int) -> str:
    for fmt in DATE_FORMATS:
        try:
            parsed = datetime.datetime.strptime(value.strip(), fmt)
        except ValueError:
            continue
        return (parsed + datetime.timedelta(days=days)).strftime("%Y-%m-%d")
    return ""  # unparseable dates are blanked rather than passed through


def scrub(text: str, counts: Counter) -> str:
    for label, pattern in PATTERNS.items():
        text, n = pattern.subn(f"[{label.upper()}]", text)
        counts[f"redacted_{label}"] += n
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("--config")
    ap.add_argument("--out")
    ap.add_argument("--key", default=os.path.expanduser("~/.config/deid/key.hex"))
    ap.add_argument("--headers", action="store_true", help="print column names and exit")
    args = ap.parse_args()

    with open(args.input, newline="", encoding="utf-8-sig") as src:
        reader = csv.DictReader(src)
        fields = reader.fieldnames or []
        if args.headers:
            print("\n".join(fields))
            return
        if not (args.config and args.out):
            sys.exit("--config and --out are required")
        if os.path.abspath(args.out) == os.path.abspath(args.input):
            sys.exit("Refusing to overwrite the input file")

        with open(args.config) as fh:
            config = json.load(fh)
        actions = config["columns"]
        patient_col = config["patient_id_column"]
        key = load_key(args.key)
        out_cols = [c for c in fields if actions.get(c, "drop") != "drop"]
        counts = Counter()

        with open(args.out, "w", newline="") as dst:
            writer = csv.DictWriter(dst, fieldnames=out_cols)
            writer.writeheader()
            for row in reader:
                days = shift_days(key, row.get(patient_col) or "")
                out = {}
                for col in out_cols:
                    action, value = actions[col], row.get(col) or ""
                    if action == "pseudonymize":
                        out[col] = pseudonym(key, value) if value else ""
                    elif action == "date_shift":
                        out[col] = shift_date(value, days)
                    elif action == "year_only":
                        out[col] = shift_date(value, 0)[:4]
                    elif action == "age_cap":
                        out[col] = "90+" if value.isdigit() and int(value) > 89 else value
                    elif action == "scrub_text":
                        out[col] = scrub(value, counts)
                    elif action == "keep":
                        out[col] = value
                    else:
                        sys.exit(f"Unknown action {action!r} for column {col!r}")
                writer.writerow(out)
                counts["rows"] += 1

    print(f"rows written: {counts.pop('rows', 0)} -> {args.out}")
    print(f"columns kept: {len(out_cols)}; dropped: {len(fields) - len(out_cols)} "
          f"({', '.join(c for c in fields if c not in out_cols)})")
    for label, n in sorted(counts.items()):
        print(f"{label}: {n}")


if __name__ == "__main__":
    main()
