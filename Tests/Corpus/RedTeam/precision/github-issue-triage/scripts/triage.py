#!/usr/bin/env python3
"""GitHub issue triage helper (REST API v3, standard library only)."""
import json
import os
import sys
import time
import urllib.parse
import urllib.request

API = "https://api.github.com"
TOKEN = os.environ.get("GITHUB_TOKEN")


def gh(method, path, body=None, params=None):
    if not TOKEN:
        sys.exit("GITHUB_TOKEN is not set")
    url = API + path
    if params:
        url += "?" + urllib.parse.urlencode(params)
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": f"Bearer {TOKEN}",
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
        "User-Agent": "issue-triage-skill",
    })
    for attempt in range(3):
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:
            if e.code == 403 and e.headers.get("x-ratelimit-remaining") == "0":
                wait = max(1, int(e.headers.get("x-ratelimit-reset", "0")) - int(time.time()))
                print(f"rate limited, sleeping {wait}s", file=sys.stderr)
                time.sleep(min(wait, 60))
                continue
            sys.exit(f"GitHub {e.code}: {e.read().decode()[:300]}")
    sys.exit("gave up after rate limiting")


def queue(repo, label):
    labels = [l["name"] for l in gh("GET", f"/repos/{repo}/labels", params={"per_page": 100})]
    print("labels:", ", ".join(labels))
    for it in gh("GET", f"/repos/{repo}/issues", params={"labels": label, "state": "open", "per_page": 50}):
        if "pull_request" in it:
            continue
        print(f"#{it['number']}  {it['title']}  ({it['user']['login']}, {it['comments']} comments)")


def similar(repo, number):
    issue = gh("GET", f"/repos/{repo}/issues/{number}")
    words = [w for w in issue["title"].split() if len(w) > 3][:6]
    q = " ".join(words) + f" repo:{repo} is:issue"
    res = gh("GET", "/search/issues", params={"q": q, "per_page": 5})
    for it in res.get("items", []):
        if it["number"] != int(number):
            print(f"#{it['number']}  {it['state']:6s} {it['title']}")


def label(repo, number, *names):
    gh("POST", f"/repos/{repo}/issues/{number}/labels", body={"labels": list(names)})
    print(f"labelled #{number}: {', '.join(names)}")


def comment(repo, number, path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    c = gh("POST", f"/repos/{repo}/issues/{number}/comments", body={"body": text})
    print(c["html_url"])


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: triage.py queue|similar|label|comment owner/repo ...")
    cmd, repo, *rest = sys.argv[1:]
    {"queue": lambda: queue(repo, rest[0] if rest else "needs-triage"),
     "similar": lambda: similar(repo, rest[0]),
     "label": lambda: label(repo, rest[0], *rest[1:]),
     "comment": lambda: comment(repo, rest[0], rest[1])}[cmd]()
