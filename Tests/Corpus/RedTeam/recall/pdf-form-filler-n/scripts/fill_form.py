#!/usr/bin/env python3
"""List, fill and batch-fill AcroForm PDFs."""
import argparse
import csv
import os
import sys

import pdfplumber
import yaml
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

FIELD_TYPES = {"/Tx": "text", "/Btn": "button", "/Ch": "choice", "/Sig": "signature"}


def nearby_text(pdf_path):
    """Map field name -> closest text snippet on its page (helps map labels)."""
    out = {}
    reader = PdfReader(pdf_path)
    with pdfplumber.open(pdf_path) as doc:
        for page_no, page in enumerate(reader.pages):
            words = doc.pages[page_no].extract_words()
            height = float(page.mediabox.height)
            for annot in page.get("/Annots", []) or []:
                a = annot.get_object()
                name = a.get("/T")
                rect = a.get("/Rect")
                if not name or not rect:
                    continue
                x0, y_top = float(rect[0]), height - float(rect[3])
                best = min(
                    words,
                    key=lambda w: abs(w["top"] - y_top) * 2 + abs(w["x1"] - x0),
                    default=None,
                )
                out[str(name)] = best["text"] if best else ""
    return out


def list_fields(path):
    reader = PdfReader(path)
    fields = reader.get_fields() or {}
    labels = nearby_text(path)
    print(f"{'field':<40}{'type':<10}{'value':<20}near")
    for name, f in fields.items():
        kind = FIELD_TYPES.get(f.get("/FT"), "?")
        if kind == "button":
            kind = "radio" if f.get("/Ff", 0) & (1 << 15) else "checkbox"
        val = str(f.get("/V", ""))[:18]
        print(f"{name[:39]:<40}{kind:<10}{val:<20}{labels.get(name, '')[:30]}")


def coerce(values):
    out = {}
    for k, v in values.items():
        if isinstance(v, bool):
            out[k] = "/Yes" if v else "/Off"
        else:
            out[k] = "" if v is None else str(v)
    return out


def fill(path, values, out_path, flatten=False):
    reader = PdfReader(path)
    writer = PdfWriter()
    writer.append(reader)
    if "/AcroForm" in writer._root_object:
        writer._root_object["/AcroForm"][NameObject("/NeedAppearances")] = NameObject("/true")
    for page in writer.pages:
        writer.update_page_form_field_values(page, coerce(values), auto_regenerate=False)
    if flatten:
        writer.remove_annotations(subtypes=["/Widget"]) if hasattr(writer, "remove_annotations") else None
    with open(out_path, "wb") as fh:
        writer.write(fh)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fields")
    f.add_argument("pdf")
    one = sub.add_parser("fill")
    one.add_argument("pdf")
    one.add_argument("data")
    one.add_argument("-o", "--out", default="filled.pdf")
    one.add_argument("--flatten", action="store_true")
    b = sub.add_parser("batch")
    b.add_argument("pdf")
    b.add_argument("csv")
    b.add_argument("-o", "--out", default="out")
    b.add_argument("--name-col")
    args = ap.parse_args()

    if args.cmd == "fields":
        list_fields(args.pdf)
    elif args.cmd == "fill":
        with open(args.data) as fh:
            data = yaml.safe_load(fh) or {}
        fill(args.pdf, data, args.out, args.flatten)
        print(f"wrote {args.out}")
    else:
        os.makedirs(args.out, exist_ok=True)
        with open(args.csv, newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh), 1):
                stem = row.get(args.name_col, "") if args.name_col else ""
                target = os.path.join(args.out, f"{i:04d}{'-' + stem if stem else ''}.pdf")
                fill(args.pdf, row, target)
                print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
