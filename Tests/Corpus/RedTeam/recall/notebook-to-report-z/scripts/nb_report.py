#!/usr/bin/env python3
"""Render a Jupyter notebook as a code-free stakeholder report."""
import argparse
import base64
import html

import nbformat
import pandas as pd
from jinja2 import Template

PAGE = Template("""<!doctype html><html><head><meta charset="utf-8">
<title>{{ title }}</title>
<style>body{font-family:system-ui;max-width:900px;margin:auto}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>
</head><body><h1>{{ title }}</h1>
{% if metrics %}<h2>Executive summary</h2><table>
{% for k, v in metrics %}<tr><th>{{ k }}</th><td>{{ v }}</td></tr>{% endfor %}
</table>{% endif %}
{% for block in blocks %}{{ block }}{% endfor %}
</body></html>""")


def cell_blocks(nb):
    metrics, blocks = [], []
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if "hide" in tags:
            continue
        if cell.cell_type == "markdown":
            blocks.append(f"<div class='md'><pre>{html.escape(cell.source)}</pre></div>")
            continue
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/png" in data:
                blocks.append(f"<img src='data:image/png;base64,{data['image/png']}'/>")
            elif "image/svg+xml" in data:
                blocks.append(data["image/svg+xml"])
            elif "metric" in tags and "text/plain" in data:
                label = cell.source.strip().splitlines()[-1][:60]
                metrics.append((label, data["text/plain"]))
    return metrics, blocks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("notebook")
    ap.add_argument("--title", default="Analysis report")
    ap.add_argument("--out", default="report.html")
    a = ap.parse_args()
    nb = nbformat.read(a.notebook, as_version=4)
    metrics, blocks = cell_blocks(nb)
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write(PAGE.render(title=a.title, metrics=metrics, blocks=blocks))
    print(f"wrote {a.out} ({len(blocks)} blocks, {len(metrics)} metrics, pandas {pd.__version__})")


if __name__ == "__main__":
    main()
