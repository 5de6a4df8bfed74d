#!/usr/bin/env python3
"""Aggregate a sales CSV and render a self-contained HTML dashboard."""
import argparse
import collections
import csv
import datetime as dt
import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DATE_FORMATS = ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y")


def parse_date(s):
    s = s.strip()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(s, fmt)
        except ValueError:
            continue
    return None


def parse_amount(s):
    s = s.strip().replace(",", "").replace("€", "").replace("$", "")
    try:
        return float(s)
    except ValueError:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--date", required=True)
    ap.add_argument("--amount", required=True)
    ap.add_argument("--region", required=True)
    ap.add_argument("--currency", default="EUR")
    ap.add_argument("--title", default="Sales report")
    ap.add_argument("--out", default="sales-report.html")
    a = ap.parse_args()

    monthly, regions = collections.Counter(), collections.Counter()
    orders = skipped = 0
    with open(a.csv, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            d, amt = parse_date(row.get(a.date, "")), parse_amount(row.get(a.amount, ""))
            if d is None or amt is None:
                skipped += 1
                continue
            orders += 1
            monthly[d.strftime("%Y-%m")] += amt
            regions[(row.get(a.region) or "Unknown").strip() or "Unknown"] += amt

    total = sum(monthly.values())
    best = max(monthly.items(), key=lambda kv: kv[1]) if monthly else ("-", 0)
    top = regions.most_common(1)[0] if regions else ("-", 0)
    kpis = [
        ("Revenue", f"{total:,.0f} {a.currency}"),
        ("Orders", f"{orders:,}"),
        ("Avg order", f"{(total / orders if orders else 0):,.2f} {a.currency}"),
        ("Top region", f"{top[0]} ({(top[1] / total * 100 if total else 0):.0f}%)"),
    ]
    data = {
        "monthly": [{"label": m, "value": round(v, 2)} for m, v in sorted(monthly.items())],
        "regions": [{"label": r, "value": round(v, 2)} for r, v in regions.most_common(12)],
    }
    tpl = (HERE / "templates" / "report.html").read_text(encoding="utf-8")
    lib = (HERE / "assets" / "vendor" / "tinychart.min.js").read_text(encoding="utf-8")
    out = (tpl.replace("{{TITLE}}", html.escape(a.title))
              .replace("{{KPIS}}", "".join(f'<div class="kpi">{html.escape(k)}<b>{html.escape(v)}</b></div>' for k, v in kpis))
              .replace("{{DATA}}", json.dumps(data).replace("</", "<\\/"))
              .replace("{{LIB}}", lib))
    pathlib.Path(a.out).write_text(out, encoding="utf-8")
    print(f"{orders} orders, {skipped} skipped, total {total:,.2f} {a.currency}, best month {best[0]}")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
