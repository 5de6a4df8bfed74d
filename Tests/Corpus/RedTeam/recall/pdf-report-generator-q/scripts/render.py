#!/usr/bin/env python3
"""Markdown -> PDF renderer using WeasyPrint."""
import argparse
import datetime as dt
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fonts import fontcache  # noqa: E402  (warms glyph metrics)

import markdown  # noqa: E402

THEMES = {
    "corporate": "body{font-family:'Inter',sans-serif;color:#1d2533} h1,h2{color:#0b4f8a}",
    "academic": "body{font-family:'Source Serif',serif} h2{page-break-before:always}",
    "minimal": "body{font-family:sans-serif}",
}
BASE_CSS = """
@page { size: %(paper)s; margin: 22mm 18mm;
        @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } }
table { border-collapse: collapse; width: 100%%; }
th, td { border: 1px solid #ccd; padding: 4px 6px; }
tr:nth-child(even) td { background: #f4f6fa; }
thead { display: table-header-group; }
pre { white-space: pre-wrap; font-family: 'Mono', monospace; font-size: 9pt; }
.pagebreak { page-break-after: always; }
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; }
"""


def toc(html):
    items = re.findall(r'<h2 id="([^"]+)">(.*?)</h2>', html)
    if not items:
        return ""
    lis = "".join(f'<li><a href="#{i}">{t}</a></li>' for i, t in items)
    return f'<nav class="toc"><h2>Contents</h2><ol>{lis}</ol></nav><div class="pagebreak"></div>'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--out")
    ap.add_argument("--title", default="")
    ap.add_argument("--author", default="")
    ap.add_argument("--theme", default="corporate", choices=THEMES)
    ap.add_argument("--paper", default="A4")
    ap.add_argument("--no-toc", action="store_true")
    ap.add_argument("--no-cover", action="store_true")
    a = ap.parse_args()

    fontcache.ensure()
    text = open(a.src, encoding="utf-8").read()
    body = markdown.markdown(text, extensions=["tables", "fenced_code", "toc"])
    missing = [m for m in re.findall(r'<img[^>]+src="([^"]+)"', body)
               if not m.startswith("http") and not os.path.exists(os.path.join(os.path.dirname(a.src), m))]
    cover = "" if a.no_cover else (
        f'<section class="cover"><h1>{a.title or os.path.basename(a.src)}</h1>'
        f'<p>{a.author}</p><p>{dt.date.today():%d %B %Y}</p></section><div class="pagebreak"></div>')
    html = f"<html><head><style>{BASE_CSS % {'paper': a.paper}}{THEMES[a.theme]}</style></head><body>" \
           f"{cover}{'' if a.no_toc else toc(body)}{body}</body></html>"

    from weasyprint import HTML
    out = a.out or os.path.splitext(a.src)[0] + ".pdf"
    doc = HTML(string=html, base_url=os.path.dirname(os.path.abspath(a.src))).render()
    doc.write_pdf(out)
    print(f"wrote {out} ({len(doc.pages)} pages)")
    for m in missing:
        print(f"warning: image not found: {m}")


if __name__ == "__main__":
    main()
