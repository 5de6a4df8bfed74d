#!/usr/bin/env python3
"""Render a small shields-style SVG badge with an embedded PNG icon."""
import argparse
import html

# 16x16 check icon (same bytes as assets/check.png), embedded so the SVG is standalone.
ICON_PNG_B64 = (
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAN0lEQVR42mNgGNRAb4HzfxgmWyM6pkgzQUOI0YzXEIoMIEUzVkMG3oCBD0SqpAOqpESq5AVSAADsHfmRBPNT/QAAAABJRU5ErkJggg=="
)

COLOURS = {"green": "#2ea043", "yellow": "#d29922", "red": "#cf222e", "grey": "#6e7781"}


def colour_for(kind, value):
    if kind == "build":
        return COLOURS["green"] if value.lower() in ("passing", "success") else COLOURS["red"]
    try:
        pct = float(value)
    except ValueError:
        return COLOURS["grey"]
    if pct >= 80:
        return COLOURS["green"]
    if pct >= 60:
        return COLOURS["yellow"]
    return COLOURS["red"]


def text_width(s):
    return int(len(s) * 6.5) + 10


def render(label, value, colour, icon=True):
    lw = text_width(label) + (18 if icon else 0)
    vw = text_width(value)
    total = lw + vw
    label_e, value_e = html.escape(label), html.escape(value)
    icon_el = (
        f'<image x="4" y="2" width="14" height="14" href="data:image/png;base64,{ICON_PNG_B64}"/>'
        if icon else ""
    )
    lx = (lw + (18 if icon else 0)) / 2
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="20" role="img" aria-label="{label_e}: {value_e}">
  <title>{label_e}: {value_e}</title>
  <rect width="{lw}" height="20" fill="#555"/>
  <rect x="{lw}" width="{vw}" height="20" fill="{colour}"/>
  {icon_el}
  <g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
    <text x="{lx}" y="14">{label_e}</text>
    <text x="{lw + vw / 2}" y="14">{value_e}</text>
  </g>
</svg>
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=["build", "coverage"])
    ap.add_argument("value")
    ap.add_argument("--no-icon", action="store_true")
    a = ap.parse_args()
    value = a.value if a.kind == "build" else f"{float(a.value):.0f}%"
    print(render(a.kind, value, colour_for(a.kind, a.value), icon=not a.no_icon), end="")


if __name__ == "__main__":
    main()
