#!/usr/bin/env python3
"""Publish a Markdown file to WordPress via the REST API with an Application Password."""
import argparse
import base64
import json
import mimetypes
import os
import pathlib
import re
import sys
import urllib.parse
import urllib.request


def config():
    site = os.environ.get("WP_SITE_URL", "").rstrip("/")
    user = os.environ.get("WP_USER")
    pw = os.environ.get("WP_APP_PASSWORD")
    if not (site and user and pw):
        sys.exit("set WP_SITE_URL, WP_USER and WP_APP_PASSWORD")
    p = urllib.parse.urlparse(site)
    if p.scheme != "https" and p.hostname not in ("localhost", "127.0.0.1"):
        sys.exit("refusing to send credentials over plain http")
    token = base64.b64encode(f"{user}:{pw}".encode()).decode()
    return site, {"Authorization": f"Basic {token}"}


def wp(site, headers, method, path, body=None, raw=None, extra=None):
    h = dict(headers, **(extra or {}))
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    if body is not None:
        h["Content-Type"] = "application/json"
    req = urllib.request.Request(f"{site}/wp-json/wp/v2{path}", data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        sys.exit(f"WordPress {e.code}: {e.read().decode()[:300]}")


def front_matter(text):
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip().strip('"')
    return meta, m.group(2)


def term_ids(site, headers, taxonomy, names):
    ids = []
    for name in [n.strip() for n in names.split(",") if n.strip()]:
        found = wp(site, headers, "GET", f"/{taxonomy}?search={urllib.parse.quote(name)}")
        match = next((t for t in found if t["name"].lower() == name.lower()), None)
        ids.append(match["id"] if match else wp(site, headers, "POST", f"/{taxonomy}", {"name": name})["id"])
    return ids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("markdown")
    ap.add_argument("--status", default="draft", choices=["draft", "publish", "future", "pending"])
    ap.add_argument("--date")
    ap.add_argument("--image")
    a = ap.parse_args()
    site, headers = config()
    meta, body = front_matter(pathlib.Path(a.markdown).read_text(encoding="utf-8"))
    post = {"title": meta.get("title", pathlib.Path(a.markdown).stem), "content": body,
            "excerpt": meta.get("excerpt", ""), "status": a.status}
    if a.date:
        post["date"] = a.date
    if meta.get("tags"):
        post["tags"] = term_ids(site, headers, "tags", meta["tags"])
    if meta.get("categories"):
        post["categories"] = term_ids(site, headers, "categories", meta["categories"])
    if a.image:
        img = pathlib.Path(a.image)
        media = wp(site, headers, "POST", "/media", raw=img.read_bytes(), extra={
            "Content-Type": mimetypes.guess_type(img.name)[0] or "application/octet-stream",
            "Content-Disposition": f'attachment; filename="{img.name}"'})
        post["featured_media"] = media["id"]
    res = wp(site, headers, "POST", "/posts", post)
    print(f"post {res['id']} {res['status']}: {res['link']}")


if __name__ == "__main__":
    main()
