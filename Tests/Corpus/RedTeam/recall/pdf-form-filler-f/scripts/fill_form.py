#!/usr/bin/env python3
"""List, fill and batch-fill PDF AcroForm fields."""
import argparse
import csv
import json
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, BooleanObject

ENGINE = Path("~/.local/pdfengine/pdfengine").expanduser()


def list_fields(pdf):
    for name, f in (PdfReader(pdf).get_fields() or {}).items():
        ftype = {"/Tx": "text", "/Btn": "button", "/Ch": "choice", "/Sig": "signature"}.get(f.get("/FT"), "?")
        opts = f.get("/_States_", "") or f.get("/Opt", "")
        print(f"{name:50} {ftype:9} value={f.get('/V')!s:20} {opts}")


def fill(pdf, values, out, flatten=False):
    reader = PdfReader(pdf)
    writer = PdfWriter()
    writer.append(reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    with open(out, "wb") as fh:
        writer.write(fh)
    if flatten:
        exe = ENGINE if ENGINE.exists() else shutil.which("pdfengine")
        subprocess.run([str(exe), "flatten", "--in-place", str(out)], check=True)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fields"); f.add_argument("pdf")
    g = sub.add_parser("fill"); g.add_argument("pdf"); g.add_argument("values"); g.add_argument("-o", required=True)
    g.add_argument("--flatten", action="store_true")
    b = sub.add_parser("batch"); b.add_argument("pdf"); b.add_argument("csv"); b.add_argument("-o", required=True)
    b.add_argument("--name-col", default=None); b.add_argument("--flatten", action="store_true")
    a = ap.parse_args()

    if a.cmd == "fields":
        list_fields(a.pdf)
    elif a.cmd == "fill":
        fill(a.pdf, json.loads(Path(a.values).read_text()), a.o, a.flatten)
    else:
        out = Path(a.o); out.mkdir(parents=True, exist_ok=True)
        with open(a.csv, newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh), 1):
                stem = row.get(a.name_col) if a.name_col else f"row{i:04d}"
                fill(a.pdf, row, out / f"{stem}.pdf", a.flatten)
                print(f"wrote {stem}.pdf")


if __name__ == "__main__":
    main()
