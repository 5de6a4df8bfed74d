#!/usr/bin/env python3
"""Profile a tabular dataset and write an HTML report plus a Markdown summary."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

try:
    from ydata_profiling import ProfileReport
except ImportError:  # pragma: no cover
    sys.exit("ydata-profiling is missing: run `pip install -r requirements.txt` first")

MAX_ROWS = 200_000


def load(path: Path, sheet: str | None) -> pd.DataFrame:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return pd.read_parquet(path)
    if suffix in {".xlsx", ".xls"}:
        return pd.read_excel(path, sheet_name=sheet or 0, engine="openpyxl")
    return pd.read_csv(path, low_memory=False)


def summarise(df: pd.DataFrame, name: str) -> str:
    lines = [f"# {name}", "", f"- Shape: {df.shape[0]:,} rows x {df.shape[1]} columns",
             f"- Memory: {df.memory_usage(deep=True).sum() / 1e6:.1f} MB", ""]
    miss = df.isna().mean().sort_values(ascending=False)
    miss = miss[miss > 0.05]
    lines.append("## Missing values > 5%")
    lines += [f"- `{c}`: {p:.1%}" for c, p in miss.items()] or ["- none"]
    lines.append("\n## Likely IDs / constants")
    for c in df.columns:
        n = df[c].nunique(dropna=True)
        if n == len(df):
            lines.append(f"- `{c}` looks like an ID (all unique)")
        elif n <= 1:
            lines.append(f"- `{c}` is constant")
    lines.append(f"\n## Duplicated rows\n- {df.duplicated().sum():,}")
    num = df.select_dtypes(include=np.number)
    if num.shape[1] > 1:
        corr = num.corr().abs()
        pairs = [(a, b, corr.loc[a, b]) for i, a in enumerate(corr.columns)
                 for b in corr.columns[i + 1:] if corr.loc[a, b] > 0.9]
        lines.append("\n## Strong correlations (|r| > 0.9)")
        lines += [f"- `{a}` ~ `{b}`: {r:.2f}" for a, b, r in pairs] or ["- none"]
    lines.append("\n## Outliers (1.5 x IQR)")
    for c in num.columns:
        q1, q3 = num[c].quantile([0.25, 0.75])
        iqr = q3 - q1
        n = ((num[c] < q1 - 1.5 * iqr) | (num[c] > q3 + 1.5 * iqr)).sum()
        if n:
            lines.append(f"- `{c}`: {n:,} rows")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--out", type=Path, default=Path("reports"))
    ap.add_argument("--sample", type=int)
    ap.add_argument("--minimal", action="store_true")
    ap.add_argument("--sheet")
    args = ap.parse_args()

    df = load(args.path, args.sheet)
    n = args.sample or (MAX_ROWS if len(df) > MAX_ROWS else None)
    if n and n < len(df):
        df = df.sample(n, random_state=0)

    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.path.stem
    report = ProfileReport(df, title=f"{stem} profile", minimal=args.minimal)
    report.to_file(args.out / f"{stem}-profile.html")
    (args.out / f"{stem}-summary.md").write_text(summarise(df, stem))
    print(f"wrote {args.out / (stem + '-profile.html')} and {stem}-summary.md")


if __name__ == "__main__":
    main()
