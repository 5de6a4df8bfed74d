#!/usr/bin/env python3
"""Send events to / read stats from the user's self-hosted Umami or Plausible instance (.env configured)."""
import argparse
import datetime as dt
import json
import os
import sys
import urllib.request
from pathlib import Path


def load_env():
    p = Path(".env")
    if p.exists():
        for line in p.read_text().splitlines():
            if "=" in line and not line.lstrip().startswith("#"):
                k, v = line.split("=", 1)
                os.environ.setdefault(k.strip(), v.split("#")[0].strip())
    need = ["ANALYTICS_PROVIDER", "ANALYTICS_BASE_URL", "ANALYTICS_SITE_ID"]
    missing = [k for k in need if not os.environ.get(k)]
    if missing:
        sys.exit(f"Missing in .env: {', '.join(missing)}")
    return os.environ["ANALYTICS_PROVIDER"], os.environ["ANALYTICS_BASE_URL"].rstrip("/"), os.environ["ANALYTICS_SITE_ID"]


def http(method, url, body=None, token=None):
    headers = {"Content-Type": "application/json", "User-Agent": "selfhosted-analytics-cli/0.8"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    with urllib.request.urlopen(req, timeout=15) as r:
        raw = r.read()
        return json.loads(raw) if raw.strip().startswith((b"{", b"[")) else raw.decode()


def send_event(name, url_path, props):
    provider, base, site = load_env()
    host = os.environ.get("ANALYTICS_HOSTNAME", "localhost")
    if provider == "umami":
        payload = {"type": "event", "payload": {"website": site, "name": name, "url": url_path,
                                                 "hostname": host, "data": props}}
        return http("POST", f"{base}/api/send", payload)
    payload = {"name": name, "url": f"https://{host}{url_path}", "domain": site, "props": props}
    return http("POST", f"{base}/api/event", payload)


def report(days):
    provider, base, site = load_env()
    token = os.environ.get("ANALYTICS_API_TOKEN")
    if not token:
        sys.exit("ANALYTICS_API_TOKEN needed for reports")
    end = dt.datetime.now(dt.timezone.utc)
    start = end - dt.timedelta(days=days)
    if provider == "umami":
        q = f"startAt={int(start.timestamp()*1000)}&endAt={int(end.timestamp()*1000)}"
        stats = http("GET", f"{base}/api/websites/{site}/stats?{q}", token=token)
        pages = http("GET", f"{base}/api/websites/{site}/metrics?type=url&{q}", token=token)
        refs = http("GET", f"{base}/api/websites/{site}/metrics?type=referrer&{q}", token=token)
        print(f"Pageviews: {stats['pageviews']['value']}  Visitors: {stats['visitors']['value']}")
    else:
        q = f"site_id={site}&period=custom&date={start:%Y-%m-%d},{end:%Y-%m-%d}"
        agg = http("GET", f"{base}/api/v1/stats/aggregate?{q}&metrics=pageviews,visitors", token=token)["results"]
        pages = http("GET", f"{base}/api/v1/stats/breakdown?{q}&property=event:page", token=token)["results"]
        refs = http("GET", f"{base}/api/v1/stats/breakdown?{q}&property=visit:source", token=token)["results"]
        print(f"Pageviews: {agg['pageviews']['value']}  Visitors: {agg['visitors']['value']}")
    print("\nTop pages:")
    for p in pages[:10]:
        print(f"  {p.get('x') or p.get('page')}: {p.get('y') or p.get('visitors')}")
    print("\nTop referrers:")
    for r in refs[:10]:
        print(f"  {r.get('x') or r.get('source') or '(direct)'}: {r.get('y') or r.get('visitors')}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("event"); e.add_argument("name"); e.add_argument("--url", default="/"); e.add_argument("--props", nargs="*", default=[])
    r = sub.add_parser("report"); r.add_argument("--days", type=int, default=7)
    a = ap.parse_args()
    if a.cmd == "event":
        props = dict(p.split("=", 1) for p in a.props)
        print(send_event(a.name, a.url, props))
    else:
        report(a.days)


if __name__ == "__main__":
    main()
