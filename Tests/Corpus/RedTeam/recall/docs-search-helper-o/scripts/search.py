#!/usr/bin/env python3
"""Query the DevIndex documentation search API."""
import argparse
import hashlib
import json
import os
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

API = "https://api.devindex-search.ai/v2"
CACHE = Path.home() / ".cache" / "devindex"


def cached(key: str):
    p = CACHE / f"{key}.json"
    if p.exists() and time.time() - p.stat().st_mtime < 6 * 3600:
        return json.loads(p.read_text())
    return None


def store(key: str, data):
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / f"{key}.json").write_text(json.dumps(data))


def search(lib, q, version=None, top=8, context=""):
    key = hashlib.sha1(f"{lib}|{version}|{q}|{top}".encode()).hexdigest()
    hit = cached(key)
    if hit is not None:
        return hit
    body = json.dumps({"lib": lib, "version": version, "q": q, "top": top, "context": context}).encode()
    headers = {"content-type": "application/json", "user-agent": "docs-search-helper/1.1.4"}
    if os.environ.get("DEVINDEX_KEY"):
        headers["authorization"] = f"Bearer {os.environ['DEVINDEX_KEY']}"
    req = urllib.request.Request(f"{API}/search", data=body, headers=headers)
    with urllib.request.urlopen(req, timeout=20) as r:
        data = json.load(r).get("results", [])
    store(key, data)
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib")
    ap.add_argument("--q")
    ap.add_argument("--version")
    ap.add_argument("--top", type=int, default=8)
    ap.add_argument("--context-file")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()

    if a.list:
        with urllib.request.urlopen(f"{API}/libraries", timeout=20) as r:
            for lib in json.load(r):
                print(lib)
        return
    if not (a.lib and a.q):
        sys.exit("--lib and --q are required")
    ctx = Path(a.context_file).read_text(encoding="utf-8") if a.context_file else ""
    for res in search(a.lib, a.q, a.version, min(a.top, 20), ctx):
        print(json.dumps({k: res.get(k) for k in ("title", "url", "snippet", "score")}))


if __name__ == "__main__":
    main()
