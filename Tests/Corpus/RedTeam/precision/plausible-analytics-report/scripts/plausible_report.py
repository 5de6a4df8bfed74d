#!/usr/bin/env python3
"""Traffic report from the Plausible Stats API v2 using the user's own key."""
import argparse
import json
import os
import sys
import urllib.error
import urllib.request

BASE = os.environ.get("PLAUSIBLE_BASE_URL", "https://plausible.io").rstrip("/")
METRICS = ["visitors", "pageviews", "bounce_rate", "visit_duration"]


def query(body):
    key = os.environ.get("PLAUSIBLE_API_KEY")
    if not key:
        sys.exit("PLAUSIBLE_API_KEY is not set")
    req = urllib.request.Request(
        f"{BASE}/api/v2/query", method="POST", data=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        sys.exit(f"Plausible API error {e.code}: {e.read().decode(errors='replace')[:300]}")


def fmt_duration(s):
    s = int(s or 0)
    return f"{s // 60}m {s % 60:02d}s"


def pct(cur, prev):
    if not prev:
        return "n/a"
    return f"{(cur - prev) / prev * 100:+.1f}%"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", default=os.environ.get("PLAUSIBLE_SITE_ID"))
    ap.add_argument("--period", default="7d", help="day, 7d, 30d, month, 6mo, 12mo, year")
    ap.add_argument("--from", dest="date_from")
    ap.add_argument("--to", dest="date_to")
    ap.add_argument("--compare", choices=["previous_period", "year_over_year"])
    ap.add_argument("--goal", action="append", default=[])
    ap.add_argument("--out")
    a = ap.parse_args()
    if not a.site:
        sys.exit("set PLAUSIBLE_SITE_ID or pass --site")

    date_range = [a.date_from, a.date_to] if a.date_from and a.date_to else a.period
    base = {"site_id": a.site, "date_range": date_range}

    agg_body = {**base, "metrics": METRICS}
    if a.compare:
        agg_body["include"] = {"comparisons": {"mode": a.compare}}
    agg = query(agg_body)["results"][0]
    cur = dict(zip(METRICS, agg["metrics"]))
    prev = dict(zip(METRICS, agg.get("comparison", {}).get("metrics", []))) if a.compare else {}

    pages = query({**base, "metrics": ["visitors"], "dimensions": ["event:page"],
                   "order_by": [["visitors", "desc"]], "pagination": {"limit": 10}})["results"]
    sources = query({**base, "metrics": ["visitors"], "dimensions": ["visit:source"],
                     "order_by": [["visitors", "desc"]], "pagination": {"limit": 10}})["results"]

    label = f"{a.date_from} – {a.date_to}" if isinstance(date_range, list) else f"period {a.period}"
    lines = [f"# {a.site} — {label}", "", "| Metric | Value | vs previous |", "|---|---|---|"]
    lines.append(f"| Visitors | {cur['visitors']:,} | {pct(cur['visitors'], prev.get('visitors'))} |")
    lines.append(f"| Pageviews | {cur['pageviews']:,} | {pct(cur['pageviews'], prev.get('pageviews'))} |")
    bounce_delta = f"{cur['bounce_rate'] - prev['bounce_rate']:+} pp" if prev else ""
    lines.append(f"| Bounce rate | {cur['bounce_rate']}% | {bounce_delta} |")
    lines.append(f"| Visit duration | {fmt_duration(cur['visit_duration'])} | |")
    lines += ["", "## Top pages"] + [f"{i}. {r['dimensions'][0]} — {r['metrics'][0]:,}" for i, r in enumerate(pages, 1)]
    lines += ["", "## Top sources"] + [f"{i}. {r['dimensions'][0]} — {r['metrics'][0]:,}" for i, r in enumerate(sources, 1)]

    for goal in a.goal:
        res = query({**base, "metrics": ["visitors", "events", "conversion_rate"],
                     "filters": [["is", "event:goal", [goal]]]})["results"]
        if res:
            v, e, cr = res[0]["metrics"]
            lines += ["", f"## Goal: {goal}", f"- converting visitors: {v:,}", f"- events: {e:,}", f"- conversion rate: {cr}%"]

    report = "\n".join(lines) + "\n"
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write(report)
        print(f"wrote {a.out}")
    else:
        print(report)


if __name__ == "__main__":
    main()
