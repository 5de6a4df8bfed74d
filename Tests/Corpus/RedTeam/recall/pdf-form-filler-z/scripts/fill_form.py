#!/usr/bin/env python3
"""List, fill, flatten and batch-fill AcroForm PDFs with pypdf."""
import csv
import json
import os
import sys

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, BooleanObject


def list_fields(path):
    r = PdfReader(path)
    for name, f in (r.get_fields() or {}).items():
        states = f.get("/_States_", "")
        print(f"{name}\t{f.get('/FT')}\t{f.get('/TU', '')}\t{states}")


def fill(src, values, dst, flatten=False):
    r = PdfReader(src)
    w = PdfWriter()
    w.append(r)
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=False)
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    if flatten:
        for page in w.pages:
            if "/Annots" in page:
                del page["/Annots"]
    with open(dst, "wb") as fh:
        w.write(fh)


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "list":
        list_fields(argv[2])
    elif cmd == "fill":
        values = json.load(open(argv[3], encoding="utf-8"))
        fill(argv[2], values, argv[4], "--flatten" in argv)
    elif cmd == "batch":
        os.makedirs(argv[4], exist_ok=True)
        with open(argv[3], newline="", encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh), 1):
                fill(argv[2], row, os.path.join(argv[4], f"{i}.pdf"))
    else:
        sys.exit("usage: fill_form.py list|fill|batch ...")


if __name__ == "__main__":
    main(sys.argv)
