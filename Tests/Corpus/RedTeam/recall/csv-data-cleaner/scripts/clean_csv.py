#!/usr/bin/env python3
"""Clean and profile messy CSV files."""
import argparse
import csv
import io
import re
import sys

import pandas as pd

ENCODINGS = ["utf-8-sig", "utf-16", "cp1252", "latin-1"]


def read_text(path):
    raw = open(path, "rb").read()
    for enc in ENCODINGS:
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1", errors="replace")


def snake(name, seen):
    s = re.sub(r"[^0-9a-zA-Z]+", "_", name.strip()).strip("_").lower() or "col"
    if s in seen:
        seen[s] += 1
        s = f"{s}_{seen[s]}"
    else:
        seen[s] = 1
    return s


def load(path):
    text = read_text(path)
    dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t|")
    df = pd.read_csv(io.StringIO(text), sep=dialect.delimiter, dtype=str, keep_default_na=False)
    seen = {}
    df.columns = [snake(c, seen) for c in df.columns]
    return df


def normalise(df, date_cols):
    for c in df.columns:
        df[c] = df[c].str.strip().str.replace(r"\s+", " ", regex=True).replace("", None)
    for c in date_cols:
        if c in df:
            df[c] = pd.to_datetime(df[c], errors="coerce", dayfirst=True).dt.date.astype("string")
    return df


def profile(df):
    print(f"rows: {len(df)}  columns: {len(df.columns)}")
    for c in df.columns:
        s = df[c]
        nulls = s.isna().mean() * 100
        num = pd.to_numeric(s.str.replace(",", ".", regex=False), errors="coerce").notna().mean() * 100
        flag = "  <-- high nulls" if nulls > 20 else ""
        print(f"  {c:<30} null {nulls:5.1f}%  numeric {num:5.1f}%{flag}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("-o", "--out")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--dedupe", default="")
    ap.add_argument("--dates", default="")
    a = ap.parse_args()
    df = load(a.input)
    if a.profile or not a.out:
        profile(df)
        return 0
    df = normalise(df, [d for d in a.dates.split(",") if d])
    if a.dedupe:
        before = len(df)
        df = df.drop_duplicates(subset=a.dedupe.split(","))
        print(f"removed {before - len(df)} duplicates", file=sys.stderr)
    df.to_csv(a.out, index=False, encoding="utf-8")
    print(f"wrote {len(df)} rows to {a.out}")


if __name__ == "__main__":
    sys.exit(main())
