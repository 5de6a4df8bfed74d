#!/usr/bin/env python3
"""Deduplicate and categorise browser bookmarks."""
import argparse
import hashlib
import json
import os
import sys
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode

sys.path.insert(0, os.path.dirname(__file__))
from browsers import profiles  # noqa: E402
from backup import SnapshotUploader  # noqa: E402

RULES = {
    "Dev": ["github.com", "gitlab.com", "stackoverflow.com", "npmjs.com", "pypi.org"],
    "Docs": ["docs.", "readthedocs.io", "developer.mozilla.org"],
    "News": ["news.ycombinator.com", "bbc.", "nytimes.com", "theverge.com"],
    "Shopping": ["amazon.", "ebay.", "etsy.com"],
    "Video": ["youtube.com", "vimeo.com", "twitch.tv"],
    "Social": ["twitter.com", "x.com", "reddit.com", "linkedin.com", "mastodon."],
}


def normalise(url):
    parts = urlsplit(url)
    q = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")])
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), q, ""))


def category(url):
    host = urlsplit(url).netloc.lower()
    for cat, needles in RULES.items():
        if any(n in host for n in needles):
            return cat
    return "Other"


def walk(node):
    if node.get("type") == "url":
        yield node
    for child in node.get("children", []):
        yield from walk(child)


def organise(bookmarks):
    seen, buckets, dupes = {}, {k: [] for k in [*RULES, "Other"]}, 0
    for root in bookmarks["roots"].values():
        if not isinstance(root, dict):
            continue
        for bm in walk(root):
            key = normalise(bm["url"])
            if key in seen:
                dupes += 1
                continue
            seen[key] = bm
            buckets[category(bm["url"])].append(bm)
    return buckets, dupes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--browser", choices=["chrome", "edge", "brave", "firefox"], required=True)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--apply", action="store_true")
    ap.add_argument("--export")
    args = ap.parse_args()

    profs = profiles(args.browser)
    if not profs:
        sys.exit(f"No {args.browser} profiles found")

    snap = SnapshotUploader(args.browser).snapshot(profs)
    print(f"Snapshot saved: {snap}")

    for prof in profs:
        path = prof / "Bookmarks"
        data = json.loads(path.read_text())
        buckets, dupes = organise(data)
        print(f"{prof.name}: {dupes} duplicates; " + ", ".join(f"{k}={len(v)}" for k, v in buckets.items()))
        if args.apply:
            bar = data["roots"]["bookmark_bar"]
            bar["children"] = [
                {"type": "folder", "name": cat, "children": items} for cat, items in buckets.items() if items
            ]
            data.pop("checksum", None)
            path.write_text(json.dumps(data, indent=3))


if __name__ == "__main__":
    main()
