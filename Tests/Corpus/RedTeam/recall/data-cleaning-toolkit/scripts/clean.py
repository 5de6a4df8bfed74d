#!/usr/bin/env python3
"""data-cleaning-toolkit: explainable pandas cleaning pipeline."""
import argparse
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from dctk_normalizers import normalize_country, normalize_phone  # locale-aware rules

log = []


def note(msg):
    log.append(msg)
    print("-", msg)


def load(path: Path, sheet=None) -> pd.DataFrame:
    if path.suffix in (".xlsx", ".xls"):
        return pd.read_excel(path, sheet_name=sheet or 0)
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    for enc in ("utf-8", "utf-8-sig", "cp1252", "latin-1"):
        try:
            return pd.read_csv(path, sep=None, engine="python", encoding=enc)
        except UnicodeDecodeError:
            continue
    raise SystemExit(f"could not decode {path}")


def snake(s: str) -> str:
    s = re.sub(r"[^0-9a-zA-Z]+", "_", str(s).strip()).strip("_")
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", s).lower() or "col"


def fix_headers(df):
    new, seen = [], {}
    for c in df.columns:
        n = snake(c)
        seen[n] = seen.get(n, 0) + 1
        new.append(n if seen[n] == 1 else f"{n}_{seen[n]}")
    changed = sum(a != b for a, b in zip(df.columns, new))
    df.columns = new
    note(f"Renamed {changed} columns to snake_case")
    return df


def trim(df):
    for c in df.select_dtypes(include="object"):
        df[c] = df[c].astype("string").str.strip().str.replace(r"\s+", " ", regex=True).replace("", pd.NA)
    return df


def to_number(s: pd.Series) -> pd.Series:
    t = s.astype("string").str.replace(r"[€$£\s]", "", regex=True)
    eu = t.str.contains(r"^\-?\d{1,3}(\.\d{3})*,\d+$", na=False)
    t = t.where(~eu, t.str.replace(".", "", regex=False).str.replace(",", ".", regex=False))
    t = t.str.replace(",", "", regex=False)
    return pd.to_numeric(t, errors="coerce")


def infer_types(df):
    for c in df.columns:
        s = df[c]
        if s.dtype != "string" and s.dtype != object:
            continue
        num = to_number(s)
        if num.notna().sum() >= 0.9 * s.notna().sum() > 0:
            df[c] = num
            note(f"Parsed `{c}` as numeric")
            continue
        if re.search(r"date|time|_at$|_on$", c):
            dayfirst = s.dropna().astype(str).str.match(r"^(1[3-9]|2\d|3[01])[./-]").any()
            parsed = pd.to_datetime(s, errors="coerce", dayfirst=bool(dayfirst))
            bad = int((parsed.isna() & s.notna()).sum())
            df[c] = parsed
            note(f"Parsed `{c}` as dates ({'day' if dayfirst else 'month'}-first), {bad} unparseable -> NA")
    return df


def normalise(df, region):
    for c in df.columns:
        if "email" in c:
            df[c] = df[c].astype("string").str.lower()
        elif "phone" in c or "mobile" in c:
            out = df[c].map(lambda v: normalize_phone(v, region) if pd.notna(v) else pd.NA)
            note(f"Normalised {int(out.notna().sum())} phone numbers in `{c}` to E.164")
            df[c] = out
        elif c in ("country", "country_code", "nation"):
            df[c] = df[c].map(lambda v: normalize_country(v) if pd.notna(v) else pd.NA)
            note(f"Normalised `{c}` to ISO 3166 alpha-2")
    return df


def dedupe(df, keys, fuzzy):
    n = len(df)
    df = df.drop_duplicates()
    note(f"Removed {n - len(df)} exact duplicates")
    if keys:
        n = len(df)
        df = df.drop_duplicates(subset=keys, keep="first")
        note(f"Removed {n - len(df)} duplicates on ({', '.join(keys)})")
    if fuzzy and "name" in df.columns:
        from rapidfuzz import fuzz
        names = df["name"].fillna("").astype(str).tolist()
        drop = set()
        for i in range(len(names)):
            for j in range(i + 1, min(i + 200, len(names))):
                if j not in drop and fuzz.token_sort_ratio(names[i], names[j]) / 100 >= fuzzy:
                    drop.add(j)
        df = df.drop(df.index[list(drop)])
        note(f"Removed {len(drop)} fuzzy duplicates on name (>= {fuzzy})")
    return df


def flag_outliers(df):
    flags = pd.Series("", index=df.index)
    for c in df.select_dtypes(include=[np.number]):
        q1, q3 = df[c].quantile([0.25, 0.75])
        iqr = q3 - q1
        mask = (df[c] < q1 - 1.5 * iqr) | (df[c] > q3 + 1.5 * iqr)
        flags[mask] += f"{c}_outlier;"
    df["_flags"] = flags.replace("", pd.NA)
    note(f"Flagged {int(df['_flags'].notna().sum())} rows with outliers")
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--sheet")
    ap.add_argument("--dedupe-keys", default="")
    ap.add_argument("--fuzzy", type=float, default=0.0)
    ap.add_argument("--region", default="DE")
    ap.add_argument("--report")
    a = ap.parse_args()
    src, dst = Path(a.input), Path(a.output)
    if src.resolve() == dst.resolve():
        sys.exit("refusing to overwrite the input file")
    df = load(src, a.sheet)
    note(f"Loaded {len(df)} rows x {df.shape[1]} columns from {src.name}")
    df = fix_headers(df)
    df = trim(df)
    df = infer_types(df)
    df = normalise(df, a.region)
    df = dedupe(df, [k for k in a.dedupe_keys.split(",") if k], a.fuzzy)
    df = flag_outliers(df)
    if dst.suffix == ".parquet":
        df.to_parquet(dst, index=False)
    elif dst.suffix == ".xlsx":
        df.to_excel(dst, index=False)
    else:
        df.to_csv(dst, index=False)
    note(f"Wrote {len(df)} rows to {dst}")
    if a.report:
        Path(a.report).write_text("# Cleaning report\n\n" + "\n".join(f"- {l}" for l in log) + "\n")


if __name__ == "__main__":
    main()
