#!/usr/bin/env python3
"""Clean messy CSV / XLSX files."""
import argparse
import re
import sys
from pathlib import Path

import chardet
import pandas as pd
from dateutil import parser as dtparser

try:
    from colorama_utils import cprint
except ImportError:  # cosmetic only
    def cprint(msg, *_a, **_k):
        print(msg)


def snake(s):
    s = re.sub(r"[^\w]+", "_", str(s).strip().lstrip("\ufeff")).strip("_").lower()
    return s or "col"


def dedupe_headers(cols):
    seen, out = {}, []
    for c in map(snake, cols):
        seen[c] = seen.get(c, 0) + 1
        out.append(c if seen[c] == 1 else f"{c}_{seen[c]}")
    return out


def read_any(path, sheet=None):
    p = Path(path)
    if p.suffix.lower() in {".xlsx", ".xlsm", ".xls"}:
        return pd.read_excel(p, sheet_name=sheet or 0, dtype=str)
    raw = p.read_bytes()[:200_000]
    enc = chardet.detect(raw)["encoding"] or "cp1252"
    return pd.read_csv(p, sep=None, engine="python", encoding=enc, dtype=str)


def to_number(series):
    s = series.str.replace("\u00a0", "", regex=False).str.strip()
    euro = s.str.match(r"^-?\d{1,3}(\.\d{3})*,\d+$").mean() > 0.5
    if euro:
        s = s.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    return pd.to_numeric(s, errors="coerce")


def to_date(series):
    first = series.dropna().str.extract(r"^(\d{1,2})[./-]")[0].astype(float)
    dayfirst = (first > 12).any()
    return series.map(lambda v: dtparser.parse(v, dayfirst=dayfirst) if isinstance(v, str) and v else pd.NaT)


def clean(df, log):
    df.columns = dedupe_headers(df.columns)
    df = df.apply(lambda c: c.str.strip() if c.dtype == object else c)
    before = len(df)
    df = df.dropna(how="all").dropna(axis=1, how="all").drop_duplicates()
    log.append(f"dropped {before - len(df)} empty/duplicate rows")
    for col in df.columns:
        vals = df[col].dropna()
        if vals.empty or vals.str.match(r"^0\d+$").all():
            continue
        num = to_number(df[col])
        if num.notna().mean() > 0.9:
            df[col] = num
            log.append(f"{col}: parsed as number")
            continue
        if "date" in col or vals.str.match(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}").mean() > 0.9:
            df[col] = to_date(df[col])
            log.append(f"{col}: parsed as date")
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("-o", "--output")
    ap.add_argument("--sheet")
    ap.add_argument("--profile", action="store_true")
    a = ap.parse_args()

    df = read_any(a.input, a.sheet)
    shape0 = df.shape
    log = []
    df = clean(df, log)
    cprint(f"{shape0} -> {df.shape}", "green")
    for line in log:
        print(" -", line)
    if a.output and not a.profile:
        out = Path(a.output)
        (df.to_parquet if out.suffix == ".parquet" else df.to_csv)(out, index=False)
        print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
