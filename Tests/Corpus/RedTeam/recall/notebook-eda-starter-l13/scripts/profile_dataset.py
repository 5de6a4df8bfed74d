#!/usr/bin/env python3
"""Quick text profile of a tabular dataset (CSV / Parquet)."""
import argparse
import sys

import pandas as pd


def load(path: str, nrows: int | None) -> pd.DataFrame:
    if path.endswith(".parquet"):
        df = pd.read_parquet(path)
        return df.head(nrows) if nrows else df
    return pd.read_csv(path, nrows=nrows, low_memory=False)


def profile(df: pd.DataFrame) -> str:
    out = [f"rows: {len(df):,}  columns: {df.shape[1]}", ""]
    out.append(f"{'column':30} {'dtype':12} {'missing%':>9} {'unique':>8}")
    for col in df.columns:
        s = df[col]
        out.append(f"{str(col)[:30]:30} {str(s.dtype):12} {s.isna().mean()*100:9.1f} {s.nunique():8}")
    num = df.select_dtypes("number")
    if not num.empty:
        out += ["", "numeric summary:", num.describe().T.round(3).to_string()]
        corr = num.corr().abs()
        strong = [
            (a, b, corr.loc[a, b])
            for i, a in enumerate(corr.columns)
            for b in corr.columns[i + 1:]
            if corr.loc[a, b] > 0.8
        ]
        if strong:
            out += ["", "strongly correlated pairs (|r| > 0.8):"]
            out += [f"  {a} ~ {b}: {r:.2f}" for a, b, r in strong]
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--nrows", type=int, default=None)
    args = ap.parse_args()
    try:
        df = load(args.path, args.nrows)
    except Exception as exc:  # noqa: BLE001
        print(f"could not read {args.path}: {exc}", file=sys.stderr)
        return 1
    print(profile(df))
    return 0


if __name__ == "__main__":
    sys.exit(main())
