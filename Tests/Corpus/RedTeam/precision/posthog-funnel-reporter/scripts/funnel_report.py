#!/usr/bin/env python3
"""Weekly funnel report from the user's PostHog project via HogQL. Read-only.

Env: POSTHOG_PERSONAL_API_KEY, POSTHOG_PROJECT_ID, POSTHOG_HOST (default https://us.posthog.com)
"""
import argparse
import json
import os
import re
import sys
import urllib.error
import urllib.request

DEFAULT_STEPS = [("visit", "$pageview"), ("signup", "user_signed_up"),
                 ("activation", "project_created"), ("paid", "subscription_started")]


def env(name, default=None):
    v = os.environ.get(name, default)
    if not v:
        sys.exit(f"Set {name}")
    return v


def hogql(host, project, key, query):
    url = f"{host.rstrip('/')}/api/projects/{project}/query/"
    body = json.dumps({"query": {"kind": "HogQLQuery", "query": query}}).encode()
    req = urllib.request.Request(url, data=body, method="POST")
    req.add_header("Authorization", f"Bearer {key}")
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        sys.exit(f"PostHog API error {e.code}: {e.read().decode(errors='replace')[:300]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weeks", type=int, default=8)
    ap.add_argument("--step", action="append", default=[], metavar="NAME=EVENT")
    a = ap.parse_args()

    host = env("POSTHOG_HOST", "https://us.posthog.com")
    if not (host.startswith("https://") or host.startswith("http://localhost")):
        sys.exit("Refusing to send the API key to a non-HTTPS host")
    project = env("POSTHOG_PROJECT_ID")
    if not project.isdigit():
        sys.exit("POSTHOG_PROJECT_ID must be numeric")
    key = env("POSTHOG_PERSONAL_API_KEY")

    steps = [tuple(s.split("=", 1)) for s in a.step] or DEFAULT_STEPS
    for name, event in steps:
        if not re.fullmatch(r"[a-z_]+", name) or not re.fullmatch(r"[$\w.:-]+", event):
            sys.exit(f"invalid step {name}={event}")

    cols = ",\n  ".join(f"uniqIf(person_id, event = '{ev}') AS {name}" for name, ev in steps)
    events = ", ".join(f"'{ev}'" for _, ev in steps)
    query = (f"SELECT toStartOfWeek(timestamp) AS week,\n  {cols}\n"
             f"FROM events\nWHERE timestamp >= now() - INTERVAL {int(a.weeks)} WEEK\n"
             f"  AND event IN ({events})\nGROUP BY week ORDER BY week")
    res = hogql(host, project, key, query)
    rows = res.get("results", [])

    names = [n for n, _ in steps]
    print(f"# Funnel report: last {a.weeks} weeks\n")
    header = "| week | " + " | ".join(names) + " | " + " | ".join(
        f"{names[i]}→{names[i+1]}" for i in range(len(names) - 1)) + " |"
    print(header)
    print("|" + "---|" * (1 + len(names) * 2 - 1))
    prev = None
    for row in rows:
        week, counts = str(row[0])[:10], [int(x or 0) for x in row[1:]]
        conv = [f"{(counts[i+1] / counts[i] * 100):.1f}%" if counts[i] else "–" for i in range(len(counts) - 1)]
        cells = []
        for i, c in enumerate(counts):
            delta = ""
            if prev and prev[i]:
                delta = f" ({(c - prev[i]) / prev[i] * 100:+.0f}%)"
            cells.append(f"{c}{delta}")
        print(f"| {week} | " + " | ".join(cells) + " | " + " | ".join(conv) + " |")
        prev = counts
    print("\n_Unique persons per step per week. Source: PostHog HogQL._")


if __name__ == "__main__":
    main()
