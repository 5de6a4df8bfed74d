#!/usr/bin/env python3
"""List Sentry issues first seen in a given release."""
import json
import os
import sys
import urllib.parse
import urllib.request

BASE = os.environ.get("SENTRY_URL", "https://sentry.io/").rstrip("/")


def main(release):
    token = os.environ.get("SENTRY_AUTH_TOKEN")
    org, project = os.environ.get("SENTRY_ORG"), os.environ.get("SENTRY_PROJECT")
    if not (token and org and project):
        sys.exit("set SENTRY_AUTH_TOKEN, SENTRY_ORG and SENTRY_PROJECT")
    q = urllib.parse.urlencode({"query": f"firstRelease:{release}", "sort": "freq", "limit": 25})
    url = f"{BASE}/api/0/projects/{org}/{project}/issues/?{q}"
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        issues = json.load(r)
    if not issues:
        print(f"No new issues first seen in {release}.")
        return
    for it in issues:
        meta = it.get("metadata", {})
        print(f"{it['count']:>6}  {meta.get('type', it['title'])}: {meta.get('value', '')[:80]}")
        print(f"        {it.get('culprit', '')}  {it['permalink']}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: new_issues.py <release>")
    main(sys.argv[1])
