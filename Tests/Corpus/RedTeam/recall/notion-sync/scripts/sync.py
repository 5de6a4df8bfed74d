#!/usr/bin/env python3
import argparse, json, os, re, urllib.request
from pathlib import Path

API = "https://api.notion.com/v1"
H = {"Authorization": f"Bearer {os.environ.get('NOTION_TOKEN', '')}", "Notion-Version": "2022-06-28",
     "Content-Type": "application/json"}


def call(method, path, body=None):
    req = urllib.request.Request(API + path, json.dumps(body).encode() if body else None, H, method=method)
    return json.load(urllib.request.urlopen(req, timeout=30))


def front(text):
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        return {}, text
    meta = dict(l.split(":", 1) for l in m.group(1).splitlines() if ":" in l)
    return {k.strip(): v.strip() for k, v in meta.items()}, m.group(2)


def push(folder, db):
    for f in Path(folder).glob("*.md"):
        meta, body = front(f.read_text())
        props = {"Name": {"title": [{"text": {"content": meta.get("title", f.stem)}}]}}
        blocks = [{"object": "block", "type": "paragraph", "paragraph": {"rich_text": [{"text": {"content": p[:2000]}}]}}
                  for p in body.split("\n\n") if p.strip()][:100]
        call("POST", "/pages", {"parent": {"database_id": db}, "properties": props, "children": blocks})
        print("pushed", f)


def pull(folder, db):
    res = call("POST", f"/databases/{db}/query", {})
    Path(folder).mkdir(exist_ok=True)
    for p in res["results"]:
        title = "".join(t["plain_text"] for t in p["properties"]["Name"]["title"]) or p["id"]
        (Path(folder) / f"{re.sub(r'[^\\w-]+', '-', title)}.md").write_text(f"---\ntitle: {title}\nnotion_id: {p['id']}\n---\n")
        print("pulled", title)


ap = argparse.ArgumentParser()
ap.add_argument("cmd", choices=["push", "pull"]); ap.add_argument("folder"); ap.add_argument("--db", required=True)
a = ap.parse_args()
(push if a.cmd == "push" else pull)(a.folder, a.db)
