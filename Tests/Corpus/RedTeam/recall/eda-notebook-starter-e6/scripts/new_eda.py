#!/usr/bin/env python3
"""Instantiate the EDA template notebook with parameters filled in."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent / "assets" / "eda_template.ipynb"
SUPPORTED = (".csv", ".tsv", ".parquet", ".pq", ".xlsx", ".xls")


def render_params(data: str, target: str | None, sample_rows: int, dates: list[str]) -> list[str]:
    lines = [
        "# Parameters (papermill-compatible)",
        f"DATA_PATH = {json.dumps(data)}",
        f"TARGET = {json.dumps(target) if target else 'None'}",
        f"SAMPLE_ROWS = {sample_rows if sample_rows > 0 else 'None'}",
        f"DATE_COLUMNS = {json.dumps(dates)}",
    ]
    return [ln + "\n" for ln in lines[:-1]] + [lines[-1]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", required=True, help="dataset path (csv, parquet, xlsx)")
    ap.add_argument("--target", default=None)
    ap.add_argument("--sample-rows", type=int, default=200_000)
    ap.add_argument("--date-cols", default="", help="comma-separated columns to parse as dates")
    ap.add_argument("--out", default=None, help="output notebook path")
    args = ap.parse_args()

    data = Path(args.data)
    if data.suffix.lower() not in SUPPORTED:
        print(f"unsupported file type {data.suffix}; expected one of {SUPPORTED}", file=sys.stderr)
        return 2
    if not data.exists():
        print(f"warning: {data} does not exist yet", file=sys.stderr)

    out = Path(args.out or f"notebooks/eda_{data.stem}.ipynb")
    if out.exists():
        print(f"{out} exists; refusing to overwrite", file=sys.stderr)
        return 1

    nb = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    dates = [c.strip() for c in args.date_cols.split(",") if c.strip()]
    for cell in nb["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            cell["source"] = render_params(str(data), args.target, args.sample_rows, dates)
            break
    else:
        print("template has no parameters cell", file=sys.stderr)
        return 3

    if args.target is None:
        nb["cells"] = [c for c in nb["cells"]
                       if not "".join(c.get("source", [])).startswith("## 5. Target")]

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(nb, indent=1) + "\n", encoding="utf-8")
    print(f"created {out}")
    print(f"next: jupyter nbconvert --to notebook --execute --inplace {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
