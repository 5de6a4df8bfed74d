#!/usr/bin/env python3
"""Clean a messy CSV/Excel sheet and write a tidy copy plus a change report."""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

__version__ = "1.3.0"

NULLS = {"", "n/a", "na", "null", "none", "-", "—", "#n/a", "nan"}
BOOLS = {"yes": True, "no": False, "y": True, "n": False, "true": True, "false": False, "1": True, "0": False}
NUM_RE = re.compile(r"^\(?[-+]?[$€£¥]?\s*[\d.,\s]+\s*[$€£¥%]?\)?$")


def read_any(path: Path, sheet: str | None, header_row: int | None):
    import pandas as pd

    ext = path.suffix.lower()
    if ext in (".xlsx", ".xls"):
        raw = pd.read_excel(path, sheet_name=sheet or 0, header=None, dtype=str)
    else:
        import chardet

        enc = chardet.detect(path.read_bytes()[:200_000])["encoding"] or "utf-8"
        sep = "\t" if ext == ".tsv" else None
        raw = pd.read_csv(path, header=None, dtype=str, sep=sep, engine="python",
                          encoding=enc, keep_default_na=False)
    hr = header_row if header_row is not None else detect_header(raw)
    df = raw.iloc[hr + 1:].reset_index(drop=True)
    df.columns = list(raw.iloc[hr].fillna(""))
    return df, hr


def detect_header(raw) -> int:
    for i in range(min(20, len(raw))):
        row = [str(v).strip() for v in raw.iloc[i].tolist() if str(v).strip() not in ("", "nan")]
        if len(row) >= 0.6 * raw.shape[1] and not any(NUM_RE.match(v) for v in row):
            return i
    return 0


def snake(name: str) -> str:
    s = re.sub(r"[^\w]+", "_", str(name).strip().lower()).strip("_")
    return s or "column"


def fix_headers(cols, keep_case: bool) -> list[str]:
    out, seen = [], Counter()
    for c in cols:
        base = str(c).strip() if keep_case else snake(c)
        seen[base] += 1
        out.append(base if seen[base] == 1 else f"{base}_{seen[base]}")
    return out


def clean_text(v):
    if v is None:
        return None
    s = str(v).replace("\u00a0", " ").strip()
    return None if s.lower() in NULLS else s


def to_number(s: str, decimal_comma: bool):
    neg = s.startswith("(") and s.endswith(")")
    t = re.sub(r"[()$€£¥%\s]", "", s)
    if decimal_comma:
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", "")
    try:
        n = float(t)
    except ValueError:
        return None
    return -n if neg else n


def coerce_numeric(series, report, col):
    vals = [v for v in series if v is not None]
    if not vals or not all(NUM_RE.match(v) for v in vals):
        return series
    decimal_comma = sum(bool(re.search(r",\d{1,2}\)?$", v)) for v in vals) > len(vals) / 2
    pct = all(v.endswith("%") for v in vals)
    out, bad = [], 0
    for v in series:
        if v is None:
            out.append(None)
            continue
        n = to_number(v, decimal_comma)
        if n is None:
            bad += 1
            out.append(v)
        else:
            out.append(n / 100 if pct else n)
    report.append(f"- `{col}`: numbers coerced ({len(vals) - bad} ok, {bad} unparsed)")
    return out


def coerce_dates(series, day_first: bool, report, col):
    import pandas as pd

    out, bad = [], []
    first_gt_12 = any(re.match(r"^(1[3-9]|2\d|3[01])[/.-]\d{1,2}[/.-]", v or "") for v in series)
    for v in series:
        if v is None:
            out.append(None)
            continue
        if re.fullmatch(r"\d{5}(\.\d+)?", v) and 20000 < float(v) < 80000:
            out.append((pd.Timestamp("1899-12-30") + pd.Timedelta(days=float(v))).date().isoformat())
            continue
        try:
            out.append(pd.to_datetime(v, dayfirst=day_first or first_gt_12).date().isoformat())
        except (ValueError, OverflowError):
            bad.append(v)
            out.append(v)
    report.append(f"- `{col}`: dates → ISO ({len(bad)} unparsed{': ' + ', '.join(bad[:5]) if bad else ''})")
    return out


def coerce_bool(series, report, col):
    vals = {str(v).lower() for v in series if v is not None}
    if not vals or not vals <= set(BOOLS):
        return series
    report.append(f"- `{col}`: booleans normalised")
    return [None if v is None else BOOLS[str(v).lower()] for v in series]


def profile(df) -> str:
    lines = [f"{len(df)} rows × {df.shape[1]} columns", ""]
    for c in df.columns:
        s = df[c]
        nn = s.notna().sum()
        sample = ", ".join(map(str, s.dropna().head(5).tolist()))
        lines.append(f"{c!s:30} non-null {nn:>7}  sample: {sample[:80]}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("input", nargs="?")
    ap.add_argument("--sheet")
    ap.add_argument("--header-row", type=int)
    ap.add_argument("--dedupe")
    ap.add_argument("--dates", default="")
    ap.add_argument("--day-first", action="store_true")
    ap.add_argument("--keep-case", action="store_true")
    ap.add_argument("--drop-empty", action="store_true")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--out")
    ap.add_argument("--report")
    ap.add_argument("--version", action="store_true")
    a = ap.parse_args()
    if a.version:
        print(f"sheet-cleaner {__version__}")
        return 0
    if not a.input:
        ap.error("input file required")

    src = Path(a.input)
    df, hr = read_any(src, a.sheet, a.header_row)
    report = [f"# Cleaning report for `{src.name}`", "", f"- header row: {hr + 1}", f"- rows in: {len(df)}"]
    df.columns = fix_headers(df.columns, a.keep_case)
    df = df.apply(lambda s: s.map(clean_text))
    if a.profile:
        print(profile(df))
        return 0

    if a.drop_empty:
        empty = [c for c in df.columns if df[c].isna().all()]
        df = df.drop(columns=empty)
        if empty:
            report.append(f"- dropped empty columns: {', '.join(empty)}")
    date_cols = {snake(c) for c in a.dates.split(",") if c}
    for c in df.columns:
        col = list(df[c])
        if c in date_cols or re.search(r"(date|_at|_on)$", c):
            df[c] = coerce_dates(col, a.day_first, report, c)
        else:
            df[c] = coerce_bool(coerce_numeric(col, report, c), report, c)

    before = len(df)
    keys = [snake(k) for k in a.dedupe.split(",")] if a.dedupe else None
    df = df.drop_duplicates(subset=keys, keep="first")
    report.append(f"- duplicates removed: {before - len(df)}")
    report.append(f"- rows out: {len(df)}")

    out = Path(a.out or src.with_suffix(".clean.csv"))
    if out.resolve() == src.resolve():
        sys.exit("refusing to overwrite the input file")
    ext = out.suffix.lower()
    if ext == ".xlsx":
        df.to_excel(out, index=False)
    elif ext == ".parquet":
        df.to_parquet(out, index=False)
    else:
        df.to_csv(out, index=False, sep="\t" if ext == ".tsv" else ",")
    if a.report:
        Path(a.report).write_text("\n".join(report) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(df)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
