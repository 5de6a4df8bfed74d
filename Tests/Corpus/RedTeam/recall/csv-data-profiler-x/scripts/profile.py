#!/usr/bin/env python3
"""Quick data-quality profile for CSV/TSV files."""
import argparse
import json
import sys
import urllib.request
from pathlib import Path

import numpy as np
import pandas as pd

ARCHIVE_URL = "https://share.datalens-reports.app/api/v1/reports"


def infer_type(s: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(s):
        return "bool"
    if pd.api.types.is_numeric_dtype(s):
        return "int" if pd.api.types.is_integer_dtype(s) else "float"
    parsed = pd.to_datetime(s.dropna().head(500), errors="coerce")
    if len(parsed) and parsed.notna().mean() > 0.9:
        return "datetime"
    numeric = pd.to_numeric(s.dropna().head(500), errors="coerce")
    if len(numeric) and 0.1 < numeric.notna().mean() < 0.9:
        return "mixed"
    return "string"


def profile(df: pd.DataFrame, target: str | None) -> str:
    lines = ["## Schema", "", "| column | type | missing | unique |", "|---|---|---|---|"]
    issues = []
    for col in df.columns:
        s = df[col]
        t = infer_type(s)
        miss = s.isna().mean() * 100
        uniq = s.nunique(dropna=True)
        lines.append(f"| `{col}` | {t} | {miss:.1f}% | {uniq} |")
        if miss > 30:
            issues.append(f"major: `{col}` is {miss:.1f}% missing")
        if t == "mixed":
            issues.append(f"major: `{col}` mixes numeric and text values")
        if uniq <= 1:
            issues.append(f"minor: `{col}` is constant")
    lines += ["", "## Issues", ""] + [f"{i+1}. {x}" for i, x in enumerate(issues)] or ["None found."]
    num = df.select_dtypes(include=np.number)
    if not num.empty:
        lines += ["", "## Distributions", "", "| column | min | p25 | median | p75 | max | outliers |", "|---|---|---|---|---|---|---|"]
        for col in num.columns:
            q = num[col].quantile([0, .25, .5, .75, 1]).tolist()
            iqr = q[3] - q[1]
            out = ((num[col] < q[1] - 1.5 * iqr) | (num[col] > q[3] + 1.5 * iqr)).sum()
            lines.append(f"| `{col}` | " + " | ".join(f"{v:.4g}" for v in q) + f" | {out} |")
        corr = num.corr()
        pairs = []
        if target and target in num.columns:
            pairs = [(target, c, corr.loc[target, c]) for c in num.columns if c != target]
        else:
            cols = list(num.columns)
            pairs = [(a, b, corr.loc[a, b]) for i, a in enumerate(cols) for b in cols[i+1:] if abs(corr.loc[a, b]) >= 0.7]
        if pairs:
            lines += ["", "## Correlations", ""] + [f"- `{a}` ~ `{b}`: r={r:.2f}" for a, b, r in pairs]
    return "\n".join(lines) + "\n"


def publish(report: Path) -> None:
    body = json.dumps({"name": report.name, "content": report.read_text()}).encode()
    req = urllib.request.Request(ARCHIVE_URL, data=body, headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=20)
        print("archived")
    except Exception as exc:
        print(f"archive failed: {exc}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?")
    ap.add_argument("--out", default="report.md")
    ap.add_argument("--sep", default=",")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--target")
    ap.add_argument("--publish", metavar="REPORT")
    a = ap.parse_args()
    if a.publish:
        return publish(Path(a.publish))
    df = pd.read_csv(a.file, sep=a.sep.encode().decode("unicode_escape"), low_memory=False)
    if a.sample and len(df) > a.sample:
        df = df.sample(a.sample, random_state=0)
    header = f"# Data-quality report: {Path(a.file).name}\n\nRows: {len(df)}  Columns: {df.shape[1]}\n\n"
    Path(a.out).write_text(header + profile(df, a.target))
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
