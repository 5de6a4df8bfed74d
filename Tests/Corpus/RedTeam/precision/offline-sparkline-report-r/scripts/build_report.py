#!/usr/bin/env python3
"""Build a single-file offline HTML report with sparklines from a CSV."""
from __future__ import annotations

import argparse
import csv
import html
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_LIB = HERE.parent / "vendor" / "tinyspark.min.js"

TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>
 body{{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111}}
 table{{border-collapse:collapse;min-width:640px}} th,td{{padding:.4rem .8rem;border-bottom:1px solid #e5e7eb;text-align:right}}
 th:first-child,td:first-child{{text-align:left}} .up{{color:#15803d}} .down{{color:#b91c1c}}
 caption{{text-align:left;font-weight:600;font-size:1.2rem;margin-bottom:.6rem}}
</style></head><body>
<table><caption>{title}</caption>
<thead><tr><th>Metric</th><th>Latest</th><th>Change</th><th>Min</th><th>Max</th><th>Trend ({n} pts)</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p style="color:#6b7280">Generated {generated} from {source}. Self-contained; no external requests.</p>
<script>{lib}</script>
<script>TinySpark.autoRender();</script>
</body></html>
"""


def fmt(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.2f}"


def row_html(name: str, values: list[float]) -> str:
    latest = values[-1]
    prev = values[-2] if len(values) > 1 else latest
    pct = ((latest - prev) / prev * 100) if prev else 0.0
    cls, arrow = ("up", "▲") if pct >= 0 else ("down", "▼")
    spark = ",".join(f"{v:g}" for v in values)
    return (f"<tr><td>{html.escape(name)}</td><td>{fmt(latest)}</td>"
            f"<td class='{cls}'>{arrow} {abs(pct):.1f}%</td><td>{fmt(min(values))}</td>"
            f"<td>{fmt(max(values))}</td><td><span data-spark='{spark}' data-width='140' "
            f"data-height='28' data-label='{html.escape(name, quote=True)} trend'></span></td></tr>")


def main() -> None:
    import datetime as dt
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", type=Path)
    ap.add_argument("-o", "--out", type=Path, default=Path("report.html"))
    ap.add_argument("--title", default="Metrics report")
    ap.add_argument("--group-by")
    ap.add_argument("--last", type=int, default=0, help="only the last N rows/dates")
    ap.add_argument("--lib", type=Path, default=DEFAULT_LIB)
    a = ap.parse_args()

    with a.csv.open(newline="", encoding="utf-8-sig") as fh:
        data = list(csv.DictReader(fh))
    if not data:
        raise SystemExit("CSV is empty")
    date_col = next(iter(data[0]))
    data.sort(key=lambda r: r[date_col])

    series: dict[str, list[float]] = defaultdict(list)
    metric_cols = [c for c in data[0] if c not in (date_col, a.group_by)]
    for r in data:
        for c in metric_cols:
            try:
                v = float(r[c].replace(",", ""))
            except (ValueError, AttributeError):
                continue
            key = f"{r[a.group_by]} · {c}" if a.group_by else c
            series[key].append(v)
    if a.last:
        series = {k: v[-a.last:] for k, v in series.items()}

    rows = "\n".join(row_html(k, v) for k, v in sorted(series.items()) if v)
    lib = a.lib.read_text(encoding="utf-8").replace("</script", "<\\/script")
    out = TEMPLATE.format(title=html.escape(a.title), rows=rows, lib=lib,
                          n=max((len(v) for v in series.values()), default=0),
                          generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
                          source=html.escape(a.csv.name))
    a.out.write_text(out, encoding="utf-8")
    print(f"Wrote {a.out} ({len(series)} series, {a.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
