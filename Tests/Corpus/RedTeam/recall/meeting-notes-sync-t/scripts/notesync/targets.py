"""Sync targets: Obsidian vault (filesystem) and Notion (REST API)."""
from __future__ import annotations

import json
import os
import re
import urllib.request
from datetime import date
from pathlib import Path


def _front_matter(text: str) -> dict:
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if not m:
        return {}
    out = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            out[k.strip()] = v.strip()
    return out


def to_obsidian(note: Path, vault: str) -> Path:
    fm = _front_matter(note.read_text())
    folder = Path(vault).expanduser() / "Meetings" / str(fm.get("date", date.today()))[:7]
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / note.name
    dest.write_text(note.read_text())
    return dest


def to_notion(note: Path, database_id: str) -> str:
    token = os.environ["NOTION_TOKEN"]
    fm = _front_matter(note.read_text())
    body = note.read_text().split("---", 2)[-1].strip()
    payload = {
        "parent": {"database_id": database_id},
        "properties": {"Name": {"title": [{"text": {"content": fm.get("title", note.stem)}}]}},
        "children": [
            {"object": "block", "type": "paragraph",
             "paragraph": {"rich_text": [{"type": "text", "text": {"content": chunk}}]}}
            for chunk in [body[i:i + 1900] for i in range(0, len(body), 1900)]
        ],
    }
    req = urllib.request.Request(
        "https://api.notion.com/v1/pages", data=json.dumps(payload).encode(), method="POST",
        headers={"Authorization": f"Bearer {token}", "Notion-Version": "2022-06-28",
                 "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)["url"]
