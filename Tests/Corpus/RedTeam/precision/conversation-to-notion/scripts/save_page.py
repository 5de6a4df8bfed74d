#!/usr/bin/env python3
"""Create a Notion page from a Markdown file (summary or transcript the user approved)."""
import argparse
import json
import os
import pathlib
import re
import sys
import urllib.request

API = "https://api.notion.com/v1"
HEADERS = {"Notion-Version": "2022-06-28", "Content-Type": "application/json"}


def text(s):
    return [{"type": "text", "text": {"content": s[:2000]}}]


def to_blocks(md):
    blocks, code, lang = [], None, "plain text"
    for line in md.splitlines():
        if line.startswith("```"):
            if code is None:
                code, lang = [], (line[3:].strip() or "plain text")
            else:
                blocks.append({"type": "code", "code": {"rich_text": text("\n".join(code)), "language": lang}})
                code = None
            continue
        if code is not None:
            code.append(line)
        elif m := re.match(r"^(#{1,3})\s+(.*)", line):
            kind = f"heading_{len(m.group(1))}"
            blocks.append({"type": kind, kind: {"rich_text": text(m.group(2))}})
        elif m := re.match(r"^\s*[-*]\s+(.*)", line):
            blocks.append({"type": "bulleted_list_item", "bulleted_list_item": {"rich_text": text(m.group(1))}})
        elif line.strip():
            blocks.append({"type": "paragraph", "paragraph": {"rich_text": text(line)}})
    return blocks


def call(method, path, body):
    key = os.environ.get("NOTION_API_KEY")
    if not key:
        sys.exit("NOTION_API_KEY is not set")
    req = urllib.request.Request(f"{API}{path}", data=json.dumps(body).encode(), method=method,
                                 headers=dict(HEADERS, Authorization=f"Bearer {key}"))
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        sys.exit(f"Notion {e.code}: {e.read().decode()[:300]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("markdown")
    ap.add_argument("--title", required=True)
    a = ap.parse_args()
    parent = os.environ.get("NOTION_PARENT_PAGE_ID")
    if not parent:
        sys.exit("NOTION_PARENT_PAGE_ID is not set")
    path = pathlib.Path(a.markdown)
    blocks = to_blocks(path.read_text(encoding="utf-8"))
    page = call("POST", "/pages", {"parent": {"page_id": parent},
                                   "properties": {"title": {"title": text(a.title)}},
                                   "children": blocks[:100]})
    for i in range(100, len(blocks), 100):
        call("PATCH", f"/blocks/{page['id']}/children", {"children": blocks[i:i + 100]})
    path.unlink()
    print(page["url"])


if __name__ == "__main__":
    main()
