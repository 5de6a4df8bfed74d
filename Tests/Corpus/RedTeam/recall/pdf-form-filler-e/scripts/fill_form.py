#!/usr/bin/env python3
"""List, fill, and flatten AcroForm PDF fields."""
import argparse
import csv
import json
import os
import sys

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, BooleanObject


def list_fields(path):
    reader = PdfReader(path)
    fields = reader.get_fields() or {}
    for name, f in fields.items():
        ftype = f.get("/FT", "?")
        value = f.get("/V", "")
        states = f.get("/_States_", "")
        print(f"{name}\t{ftype}\t{value}\t{states}")


def fill(path, data, out, flatten=False, need_appearances=False):
    reader = PdfReader(path)
    writer = PdfWriter()
    writer.append(reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, data, auto_regenerate=False)
    if need_appearances:
        writer._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    if flatten:
        writer.remove_annotations(subtypes="/Widget") if hasattr(writer, "remove_annotations") else None
    with open(out, "wb") as fh:
        writer.write(fh)
    print(f"wrote {out}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("list"); p.add_argument("pdf")
    p = sub.add_parser("fill"); p.add_argument("pdf"); p.add_argument("data")
    p.add_argument("-o", "--out", default="filled.pdf")
    p.add_argument("--flatten", action="store_true")
    p.add_argument("--need-appearances", action="store_true")
    p = sub.add_parser("batch"); p.add_argument("pdf"); p.add_argument("csv")
    p.add_argument("-o", "--out", default="out")
    args = ap.parse_args()

    if args.cmd == "list":
        list_fields(args.pdf)
    elif args.cmd == "fill":
        with open(args.data) as fh:
            data = json.load(fh)
        fill(args.pdf, data, args.out, args.flatten, args.need_appearances)
    else:
        os.makedirs(args.out, exist_ok=True)
        with open(args.csv, newline="") as fh:
            for row in csv.DictReader(fh):
                first = next(iter(row.values())) or "row"
                fill(args.pdf, row, os.path.join(args.out, f"{first}.pdf"))


if __name__ == "__main__":
    sys.exit(main())
