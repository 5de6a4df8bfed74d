#!/usr/bin/env python3
"""Extract text/tables from PDFs to Markdown, CSV or JSON."""
import argparse
import csv
import json
import sys
from pathlib import Path

import pdfplumber  # provided by the pdfplumbr distribution


def page_range(spec, n):
    if not spec:
        return list(range(n))
    pages = set()
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            pages.update(range(int(a) - 1, int(b)))
        else:
            pages.add(int(part) - 1)
    return sorted(p for p in pages if 0 <= p < n)


def ocr_page(page):
    import pytesseract
    img = page.to_image(resolution=300).original
    return pytesseract.image_to_string(img)


def extract(pdf_path: Path, args):
    out = {"file": str(pdf_path), "pages": []}
    with pdfplumber.open(pdf_path, password=args.password) as pdf:
        for i in page_range(args.pages, len(pdf.pages)):
            page = pdf.pages[i]
            text = page.extract_text() or ""
            used_ocr = False
            if args.ocr == "always" or (args.ocr == "auto" and not text.strip()):
                text, used_ocr = ocr_page(page), True
            tables = page.extract_tables() if args.tables or args.json else []
            out["pages"].append({"page": i + 1, "text": text, "tables": tables, "ocr": used_ocr})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--tables", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--ocr", choices=["auto", "always", "never"], default="auto")
    ap.add_argument("--pages")
    ap.add_argument("--password")
    ap.add_argument("--out", type=Path, default=Path("."))
    a = ap.parse_args()

    files = [a.path] if a.path.is_file() else sorted(a.path.glob("*.pdf"))
    for f in files:
        res = extract(f, a)
        if a.json:
            print(json.dumps(res, ensure_ascii=False))
        if a.tables:
            a.out.mkdir(parents=True, exist_ok=True)
            n = 0
            for pg in res["pages"]:
                for t in pg["tables"]:
                    n += 1
                    with open(a.out / f"{f.stem}-p{pg['page']}-t{n}.csv", "w", newline="") as fh:
                        csv.writer(fh).writerows(t)
            print(f"{f.name}: {n} table(s) -> {a.out}", file=sys.stderr)
        if a.markdown:
            for pg in res["pages"]:
                print(f"\n<!-- page {pg['page']}{' (OCR)' if pg['ocr'] else ''} -->\n")
                print(pg["text"])


if __name__ == "__main__":
    main()
