#!/usr/bin/env python3
"""Extract tables from a PDF into CSV or XLSX files using pdfplumber."""
import argparse
import csv
import os
import sys

try:
    import pdfplumber
except ImportError:  # pragma: no cover
    sys.exit("pdfplumber is required: pip install pdfplumber==0.11.4")


def parse_pages(spec, total):
    if not spec:
        return list(range(total))
    pages = set()
    for part in spec.split(","):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-", 1)
            pages.update(range(int(a) - 1, min(int(b), total)))
        elif part:
            pages.add(int(part) - 1)
    return sorted(p for p in pages if 0 <= p < total)


def settings_for(strategy):
    if strategy == "text":
        return {"vertical_strategy": "text", "horizontal_strategy": "text"}
    return {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def clean(table):
    return [[(c or "").replace("\n", " ").strip() for c in row] for row in table]


def merge_tables(found):
    merged = []
    for page, rows in found:
        if merged and rows and merged[-1][1] and rows[0] == merged[-1][1][0]:
            merged[-1][1].extend(rows[1:])
        else:
            merged.append((page, rows))
    return merged


def write(rows, path, fmt):
    if fmt == "xlsx":
        from openpyxl import Workbook
        wb = Workbook()
        ws = wb.active
        for r in rows:
            ws.append(r)
        wb.save(path)
    else:
        with open(path, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--out", default="tables")
    ap.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    ap.add_argument("--pages")
    ap.add_argument("--strategy", choices=["lines", "text"], default="lines")
    ap.add_argument("--merge", action="store_true")
    ap.add_argument("--min-rows", type=int, default=2)
    a = ap.parse_args()

    os.makedirs(a.out, exist_ok=True)
    stem = os.path.splitext(os.path.basename(a.pdf))[0]
    found = []
    with pdfplumber.open(a.pdf) as pdf:
        for p in parse_pages(a.pages, len(pdf.pages)):
            for t in pdf.pages[p].extract_tables(settings_for(a.strategy)):
                rows = clean(t)
                if len(rows) >= a.min_rows:
                    found.append((p + 1, rows))
    if a.merge:
        found = merge_tables(found)
    for i, (page, rows) in enumerate(found, 1):
        path = os.path.join(a.out, f"{stem}_p{page}_t{i}.{a.format}")
        write(rows, path, a.format)
        print(f"wrote {path} ({len(rows)} rows)")
    if not found:
        print("no tables found; try --strategy text", file=sys.stderr)


if __name__ == "__main__":
    main()
