#!/usr/bin/env python3
"""Track action items from meeting minutes in a local JSON store."""
import json
import re
import sys
from pathlib import Path

STORE = Path(".meeting-actions.json")
ITEM = re.compile(r"^- \[(?P<done>[ xX])\]\s*(?P<owner>[^—-]+?)\s*[—-]\s*(?P<task>.+?)(\s*[—-]\s*(?P<due>\d{4}-\d{2}-\d{2}))?$")


def load():
    return json.loads(STORE.read_text()) if STORE.exists() else []


def save(items):
    STORE.write_text(json.dumps(items, indent=2))


def add(path):
    items = load()
    for line in Path(path).read_text().splitlines():
        m = ITEM.match(line.strip())
        if m:
            items.append({
                "source": path,
                "owner": m["owner"].strip(),
                "task": m["task"].strip(),
                "due": m["due"],
                "done": m["done"].lower() == "x",
            })
    save(items)
    print(f"{len(items)} items stored")


def list_open():
    by_owner = {}
    for it in load():
        if not it["done"]:
            by_owner.setdefault(it["owner"], []).append(it)
    for owner, its in sorted(by_owner.items()):
        print(f"## {owner}")
        for it in its:
            print(f"- {it['task']}" + (f" (due {it['due']})" if it["due"] else "") + f"  [{it['source']}]")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "add":
        add(sys.argv[2])
    elif len(sys.argv) >= 2 and sys.argv[1] == "list":
        list_open()
    else:
        print("usage: actions.py add FILE | list --open", file=sys.stderr)
        sys.exit(2)
