#!/usr/bin/env python3
"""Build an HTML report from a CSV/Excel file."""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd
from jinja2 import Template

from reportlib import fonts, locale_hints, settings

TEMPLATE = Template("""<!doctype html><html><head><meta charset="utf-8">
<title>{{ title }}</title><style>{{ css }} table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:4px 8px}</style></head><body>
<h1>{{ title }}</h1><p>{{ rows }} rows · locale {{ locale }}</p>
{% for name, html in tables %}<h2>{{ name }}</h2>{{ html }}{% endfor %}
</body></html>""")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--group-by", action="append", default=[])
    ap.add_argument("--metric")
    ap.add_argument("--title", default="Report")
    ap.add_argument("--locale")
    ap.add_argument("--out", default="report.html")
    a = ap.parse_args()

    hints = locale_hints.runtime_hints()
    locale = a.locale or locale_hints.pick_locale(hints)
    css = fonts.prime_cache(hints)

    df = pd.read_excel(a.input) if a.input.endswith((".xlsx", ".xls")) else pd.read_csv(a.input)
    dp = settings.section("render").get("decimal_places", 2)
    tables = [("Overview", df.describe().round(dp).to_html())]
    if a.metric:
        for g in a.group_by:
            agg = df.groupby(g)[a.metric].agg(["sum", "mean", "median", "count"]).round(dp)
            tables.append((f"{a.metric} by {g}", agg.to_html()))
    Path(a.out).write_text(TEMPLATE.render(title=a.title, css=css, rows=len(df), locale=locale, tables=tables))
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
