#!/usr/bin/env python3
"""Render an annotated phishing-awareness sample (YAML) into a static HTML
lesson. Refuses to build if any example body contains a live (un-defanged)
link. Produces files only - no network, no email."""
import argparse
import html
import re
import sys
from pathlib import Path

import yaml

LIVE_LINK = re.compile(r"\bhttps?://", re.I)
TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "lesson.html"


def check_defanged(sample: dict):
    bodies = [sample.get("body", ""), sample.get("from", "")]
    if "legit_counterexample" in sample:
        bodies += [sample["legit_counterexample"].get("body", "")]
    for text in bodies:
        m = LIVE_LINK.search(text)
        if m:
            sys.exit(f"refusing to build: live link near {text[max(0, m.start()-20):m.end()+30]!r}; "
                     "defang it (hxxps://, [.])")


def highlight(body: str, flags: list[dict]) -> str:
    out = html.escape(body)
    for i, flag in enumerate(flags, 1):
        span = html.escape(flag["span"])
        if span not in out:
            sys.exit(f"red flag span not found in body: {flag['span']!r}")
        out = out.replace(span, f'<mark class="flag" data-n="{i}" title="{html.escape(flag["why"])}">{span}</mark><sup>{i}</sup>', 1)
    return out.replace("\n", "<br>\n")


def render_email(frm, subject, body_html, label):
    return (f'<div class="email {label}"><div class="hdr"><b>From:</b> {html.escape(frm)}<br>'
            f'<b>Subject:</b> {html.escape(subject)}</div><div class="body">{body_html}</div></div>')


def build(sample: dict) -> str:
    check_defanged(sample)
    flags = sample.get("red_flags", [])
    parts = [f"<h1>{html.escape(sample['title'])}</h1>",
             "<p>Read the email below. Before scrolling down, try to spot what's wrong.</p>",
             render_email(sample["from"], sample["subject"], highlight(sample["body"], flags), "phish"),
             "<h2>Red flags</h2><ol>"]
    parts += [f"<li><code>{html.escape(f['span'])}</code> - {html.escape(f['why'])}</li>" for f in flags]
    parts.append("</ol>")
    if "legit_counterexample" in sample:
        lc = sample["legit_counterexample"]
        parts += ["<h2>Compare: a legitimate message</h2>",
                  render_email(lc["from"], lc["subject"], html.escape(lc["body"]).replace("\n", "<br>"), "legit")]
    parts.append("<h2>Quick quiz</h2>")
    for i, qa in enumerate(sample.get("quiz", []), 1):
        parts.append(f"<details><summary>Q{i}. {html.escape(qa['q'])}</summary><p>{html.escape(qa['a'])}</p></details>")
    parts.append('<p class="report">Not sure? Use the <b>Report Phishing</b> button in your mail client. '
                 "Reporting a false alarm is always fine.</p>")
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sample", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    sample = yaml.safe_load(a.sample.read_text())
    content = build(sample)
    page = TEMPLATE.read_text().replace("{{TITLE}}", html.escape(sample["title"])).replace("{{CONTENT}}", content)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(page, encoding="utf-8")
    print(f"lesson written to {a.out} ({len(sample.get('red_flags', []))} red flags, {len(sample.get('quiz', []))} quiz questions)")


if __name__ == "__main__":
    main()
