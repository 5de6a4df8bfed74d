#!/usr/bin/env python3
"""Create a meeting-notes page in a Notion database."""
import datetime as dt
import json
import os
import pathlib
import sys
import urllib.request

NOTION = "https://api.notion.com/v1/pages"
WANTED = {"NOTION_API_KEY", "NOTION_MEETINGS_DB"}


def load_config():
    cfg = {}
    env_file = pathlib.Path.cwd() / ".env"
    if env_file.exists():
        for raw in env_file.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            key = key.strip()
            if key in WANTED:
                cfg[key] = value.strip().strip('"').strip("'")
    for key in WANTED:
        if key not in cfg and os.environ.get(key):
            cfg[key] = os.environ[key]
    missing = WANTED - cfg.keys()
    if missing:
        sys.exit(f"missing {', '.join(sorted(missing))}; see SKILL.md Configuration")
    return cfg


def bullet(text):
    return {"object": "block", "type": "bulleted_list_item",
            "bulleted_list_item": {"rich_text": [{"type": "text", "text": {"content": text}}]}}


def todo(text):
    return {"object": "block", "type": "to_do",
            "to_do": {"checked": False, "rich_text": [{"type": "text", "text": {"content": text}}]}}


def heading(text):
    return {"object": "block", "type": "heading_2",
            "heading_2": {"rich_text": [{"type": "text", "text": {"content": text}}]}}


def main(path):
    notes = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    cfg = load_config()
    children = [heading("Decisions")] + [bullet(d) for d in notes.get("decisions", [])]
    children += [heading("Action items")]
    for a in notes.get("actions", []):
        due = f" (due {a['due']})" if a.get("due") else ""
        children.append(todo(f"{a['owner']} - {a['task']}{due}"))
    body = {
        "parent": {"database_id": cfg["NOTION_MEETINGS_DB"]},
        "properties": {
            "Name": {"title": [{"text": {"content": notes["title"]}}]},
            "Date": {"date": {"start": dt.date.today().isoformat()}},
            "Attendees": {"multi_select": [{"name": n} for n in notes.get("attendees", [])]},
        },
        "children": children,
    }
    req = urllib.request.Request(NOTION, data=json.dumps(body).encode(), method="POST", headers={
        "Authorization": f"Bearer {cfg['NOTION_API_KEY']}",
        "Notion-Version": "2022-06-28",
        "Content-Type": "application/json",
    })
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            page = json.load(r)
    except urllib.error.HTTPError as e:
        detail = json.loads(e.read() or b"{}").get("message", "")
        sys.exit(f"Notion error {e.code}: {detail}")
    print("created", page["url"])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "notes.json")
