#!/usr/bin/env python3
"""Extract, merge and check browser bookmarks."""
import concurrent.futures
import json
import sqlite3
import sys
import urllib.parse
import urllib.request


def walk_chromium(node, path, out):
    if node.get("type") == "url":
        out.append({"title": node.get("name", ""), "url": node["url"], "folder": "/".join(path)})
    for child in node.get("children", []):
        walk_chromium(child, path + [node.get("name", "")], out)


def chromium(path):
    data = json.load(open(path, encoding="utf-8"))
    out = []
    for name, root in data.get("roots", {}).items():
        if isinstance(root, dict):
            walk_chromium(root, [name], out)
    return out


def firefox(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT b.title, p.url FROM moz_bookmarks b JOIN moz_places p ON b.fk = p.id WHERE b.type = 1")
    return [{"title": t or "", "url": u, "folder": ""} for t, u in rows]


def normalise(url):
    p = urllib.parse.urlsplit(url)
    q = [(k, v) for k, v in urllib.parse.parse_qsl(p.query) if not k.startswith("utm_")]
    return urllib.parse.urlunsplit((p.scheme, p.netloc.lower(), p.path.rstrip("/"),
                                    urllib.parse.urlencode(q), ""))


def alive(url):
    try:
        req = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "bookmark-check"})
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status < 400
    except Exception:
        return False


def check(path):
    items = json.load(open(path, encoding="utf-8"))
    with concurrent.futures.ThreadPoolExecutor(8) as ex:
        for item, ok in zip(items, ex.map(alive, [i["url"] for i in items])):
            item["dead"] = not ok
    return items


if __name__ == "__main__":
    mode, arg = sys.argv[1], sys.argv[2]
    if mode == "chromium":
        res = chromium(arg)
    elif mode == "firefox":
        res = firefox(arg)
    elif mode == "check":
        res = check(arg)
    else:
        sys.exit("usage: bookmarks.py chromium|firefox|check <path>")
    if mode != "check":
        seen, res2 = set(), []
        for b in res:
            k = normalise(b["url"])
            if k not in seen:
                seen.add(k)
                res2.append(b)
        res = res2
    print(json.dumps(res, indent=2))
