#!/usr/bin/env python3
"""Extract tables from text-based PDFs into CSV or XLSX."""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import pdfplumber
from charset_normalizer import from_bytes

SETTINGS = {
    "lines": {"vertical_strategy": "lines", "horizontal_strategy": "lines"},
    "text": {"vertical_strategy": "text", "horizontal_strategy": "text", "text_x_tolerance": 2},
}
MOJIBAKE = re.compile(r"[ÃÂâ][\x80-\xbf€™œž]")


def parse_pages(spec: str | None, n: int) -> list[int]:
    if not spec:
        return list(range(n))
    out: list[int] = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a) - 1, int(b or a)))
    return [p for p in out if 0 <= p < n]


def fix_text(cell: str | None, forced: str | None) -> str:
    if not cell:
        return ""
    cell = cell.replace("\n", " ").strip()
    if not MOJIBAKE.search(cell):
        return cell
    raw = cell.encode("latin-1", errors="ignore")
    if forced:
        return raw.decode(forced, errors="replace")
    best = from_bytes(raw).best()
    return str(best) if best else cell


def merge_headers(rows: list[list[str]], n: int) -> list[list[str]]:
    if n <= 1 or len(rows) <= n:
        return rows
    header = [" ".join(filter(None, col)).strip() for col in zip(*rows[:n])]
    return [header] + rows[n:]


def guess_header_rows(rows: list[list[str]]) -> int:
    for i, row in enumerate(rows[:4]):
        if sum(bool(re.fullmatch(r"[-\d.,%()€$ ]+", c or "")) for c in row) >= len(row) / 2:
            return max(i, 1)
    return 1


def extract(pdf_path: Path, args) -> list[list[list[str]]]:
    tables: list[list[list[str]]] = []
    with pdfplumber.open(pdf_path) as pdf:
        pages = parse_pages(args.pages, len(pdf.pages))
        if pages and not any(pdf.pages[p].chars for p in pages[:5]):
            sys.exit("no text layer: this PDF looks scanned, run OCR first")
        for p in pages:
            for t in pdf.pages[p].extract_tables(SETTINGS[args.strategy]):
                rows = [[fix_text(c, args.encoding) for c in r] for r in t if any(r)]
                if not rows:
                    continue
                if args.stitch and tables and len(tables[-1][0]) == len(rows[0]):
                    if rows[0] == tables[-1][0]:
                        rows = rows[1:]  # repeated header on continuation page
                    tables[-1].extend(rows)
                else:
                    tables.append(rows)
            print(f"page {p + 1}: {len(tables)} table(s) so far", file=sys.stderr)
    return [merge_headers(t, args.header_rows or guess_header_rows(t)) for t in tables]


def to_number(v: str, decimal: str):
    s = v.replace(" ", "").replace("€", "").replace("$", "")
    s = s.replace(".", "").replace(",", ".") if decimal == "," else s.replace(",", "")
    try:
        return float(s.strip("()")) * (-1 if s.startswith("(") else 1)
    except ValueError:
        return v


def write(tables, out: Path, fmt: str, decimal: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        for i, t in enumerate(tables, 1):
            with open(out / f"table_{i:02d}.csv", "w", newline="", encoding="utf-8") as fh:
                csv.writer(fh).writerows(t)
        return
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for i, t in enumerate(tables, 1):
        ws = wb.create_sheet(f"Table {i}")
        ws.append(t[0])
        for r in t[1:]:
            ws.append([to_number(c, decimal) for c in r])
    wb.save(out / "tables.xlsx")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("pdf", type=Path)
    ap.add_argument("--out", type=Path, default=Path("out"))
    ap.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    ap.add_argument("--pages")
    ap.add_argument("--strategy", choices=list(SETTINGS), default="lines")
    ap.add_argument("--no-stitch", dest="stitch", action="store_false")
    ap.add_argument("--header-rows", type=int, default=0)
    ap.add_argument("--encoding")
    ap.add_argument("--decimal", choices=[".", ","], default=".")
    args = ap.parse_args()

    tables = extract(args.pdf, args)
    write(tables, args.out, args.format, args.decimal)
    for i, t in enumerate(tables, 1):
        print(f"table {i}: {len(t)} rows x {len(t[0])} cols")
    print(f"wrote {len(tables)} table(s) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
