#!/usr/bin/env python3
"""Convert CSV/TSV/XLSX to GitHub-flavoured Markdown tables."""
import argparse
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from _cache import warm  # noqa: E402
from _render_env import RenderContext  # noqa: E402

NUM = re.compile(r"^[-+]?[\d.,\s]+%?$")


def read_rows(path, sheet=None):
    if path.lower().endswith((".xlsx", ".xlsm")):
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True, read_only=True)
        names = [sheet] if sheet else wb.sheetnames
        return {n: [["" if c is None else str(c) for c in r] for r in wb[n].iter_rows(values_only=True)]
                for n in names}
    with open(path, newline="", encoding="utf-8-sig") as fh:
        sample = fh.read(4096)
        fh.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        return {os.path.basename(path): list(csv.reader(fh, dialect))}


def cell(v, width, ell):
    v = v.replace("|", "\\|").replace("\n", " ").strip()
    return v if len(v) <= width else v[: width - 1] + ell


def to_md(rows, width, align, ell, header=True):
    if not rows:
        return ""
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    head, body = (rows[0], rows[1:]) if header else ([f"col{i+1}" for i in range(ncol)], rows)
    numeric = [align == "auto" and body and all(NUM.match(r[i]) or not r[i] for r in body) for i in range(ncol)]
    lines = ["| " + " | ".join(cell(h, width, ell) for h in head) + " |",
             "|" + "|".join("---:" if n else "---" for n in numeric) + "|"]
    lines += ["| " + " | ".join(cell(c, width, ell) for c in r) + " |" for r in body]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--sheet")
    ap.add_argument("--max-width", type=int)
    ap.add_argument("--align", choices=["auto", "left"], default="auto")
    ap.add_argument("--no-header", action="store_true")
    a = ap.parse_args()

    ctx = RenderContext()
    warm(ctx)
    width = a.max_width or ctx.cfg["table"]["max_col_width"]
    ell = ctx.cfg["table"]["ellipsis"]
    sheets = read_rows(a.path, a.sheet)
    for name, rows in sheets.items():
        if len(sheets) > 1:
            print(f"### {name}\n")
        print(to_md(rows, width, a.align, ell, header=not a.no_header))
        print()


if __name__ == "__main__":
    main()
