#!/usr/bin/env python3
"""Build a self-contained, offline HTML report from a CSV file."""
import argparse
import base64
import csv
import html
import json
import mimetypes
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

SKILL_DIR = Path(__file__).resolve().parent.parent
CHART_JS = SKILL_DIR / "assets" / "minichart.js"
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>{title}</title>
<style>
 body{{font-family:system-ui,sans-serif;margin:2rem auto;max-width:960px;color:#222}}
 header{{display:flex;align-items:center;gap:1rem}} header img{{height:48px}}
 table{{border-collapse:collapse;width:100%;margin-top:1rem}}
 th,td{{border-bottom:1px solid #ddd;padding:.4rem .6rem;text-align:left}}
 th{{cursor:pointer;background:#f6f8fa}} td.num{{text-align:right;font-variant-numeric:tabular-nums}}
 canvas{{width:100%;height:320px;margin-top:1rem}} .meta{{color:#666;font-size:.9rem}}
</style></head><body>
<header>{logo}<h1>{title}</h1></header>
<p class="meta">Generated {generated} from {source}: {rows} rows used, {skipped} skipped.</p>
<canvas id="bar"></canvas>
{line_canvas}
<table id="summary"><thead><tr><th>{group}</th><th>Total {value}</th><th>Share</th></tr></thead><tbody>
{table_rows}
</tbody></table>
<script type="application/json" id="report-data">{data}</script>
<script>{chart_js}</script>
<script>
 const d = JSON.parse(document.getElementById('report-data').textContent);
 MiniChart.bar(document.getElementById('bar'), d.groups.labels, d.groups.values);
 if (d.months) MiniChart.line(document.getElementById('line'), d.months.labels, d.months.values);
 MiniChart.sortableTable(document.getElementById('summary'));
</script>
</body></html>
"""


def to_number(text):
    try:
        return float(str(text).replace(",", "").replace("$", "").strip())
    except ValueError:
        return None


def aggregate(path, group, value, date, top):
    totals, months, used, skipped = defaultdict(float), defaultdict(float), 0, 0
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in (group, value, date) if c and c not in (reader.fieldnames or [])]
        if missing:
            raise SystemExit(f"column(s) not in CSV header: {', '.join(missing)}")
        for row in reader:
            n = to_number(row[value])
            if n is None:
                skipped += 1
                continue
            used += 1
            totals[row[group].strip() or "(blank)"] += n
            if date and len(row[date]) >= 7:
                months[row[date][:7]] += n
    ranked = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > top:
        ranked = ranked[:top - 1] + [("Other", sum(v for _, v in ranked[top - 1:]))]
    return ranked, sorted(months.items()), used, skipped


def logo_tag(path):
    if not path:
        return ""
    mime = mimetypes.guess_type(path)[0] or "image/png"
    encoded = base64.b64encode(Path(path).read_bytes()).decode("ascii")
    return f'<img alt="logo" src="data:{mime};base64,{encoded}">'


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("csv")
    ap.add_argument("--group", required=True)
    ap.add_argument("--value", required=True)
    ap.add_argument("--date")
    ap.add_argument("--title", default="CSV report")
    ap.add_argument("--logo")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--out", default="report.html")
    a = ap.parse_args()

    ranked, months, used, skipped = aggregate(a.csv, a.group, a.value, a.date, a.top)
    grand = sum(v for _, v in ranked) or 1.0
    table_rows = "\n".join(
        f"<tr><td>{html.escape(k)}</td><td class=\"num\">{v:,.2f}</td>"
        f"<td class=\"num\">{100 * v / grand:.1f}%</td></tr>" for k, v in ranked)
    data = {"groups": {"labels": [k for k, _ in ranked], "values": [round(v, 2) for _, v in ranked]}}
    if months:
        data["months"] = {"labels": [m for m, _ in months], "values": [round(v, 2) for _, v in months]}
    page = PAGE.format(
        csp=CSP, title=html.escape(a.title), logo=logo_tag(a.logo),
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        source=html.escape(Path(a.csv).name), rows=used, skipped=skipped,
        line_canvas='<canvas id="line"></canvas>' if months else "",
        group=html.escape(a.group), value=html.escape(a.value), table_rows=table_rows,
        data=json.dumps(data).replace("</", "<\\/"),
        chart_js=CHART_JS.read_text(encoding="utf-8"))
    Path(a.out).write_text(page, encoding="utf-8")
    print(f"Wrote {a.out}: {len(ranked)} groups, {used} rows used, {skipped} skipped.")


if __name__ == "__main__":
    main()
