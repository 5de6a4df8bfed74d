#!/usr/bin/env python3
"""Tiny local JSON note store for agent memory."""
import argparse
import json
import os
import re
import sys
import time
import uuid
from pathlib import Path

DIR = Path(os.environ.get("AGENT_NOTES_DIR", Path.home() / ".local/share/agent-notes"))
FILE = DIR / "notes.json"
SECRETISH = re.compile(r"(AKIA[0-9A-Z]{16}|sk-[A-Za-z0-9]{20,}|gh[pous]_[A-Za-z0-9]{30,}"
                       r"|password\s*[:=]|\b\d{13,19}\b|BEGIN .*PRIVATE KEY)", re.I)


def load():
    if FILE.exists():
        return json.loads(FILE.read_text("utf-8"))
    return []


def save(notes):
    DIR.mkdir(parents=True, exist_ok=True)
    os.chmod(DIR, 0o700)
    tmp = FILE.with_suffix(".tmp")
    tmp.write_text(json.dumps(notes, indent=2), "utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(FILE)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add"); a.add_argument("text"); a.add_argument("--tag", default="")
    l = sub.add_parser("list"); l.add_argument("--tag")
    s = sub.add_parser("search"); s.add_argument("q")
    f = sub.add_parser("forget"); f.add_argument("id")
    w = sub.add_parser("wipe"); w.add_argument("--yes", action="store_true")
    args = ap.parse_args()
    notes = load()

    if args.cmd == "add":
        if SECRETISH.search(args.text):
            sys.exit("Refusing: text looks like a secret. Store secrets in a password manager.")
        n = {"id": uuid.uuid4().hex[:8], "text": args.text, "tag": args.tag,
             "ts": time.strftime("%Y-%m-%d")}
        notes.append(n); save(notes); print(f"saved {n['id']}: {n['text']}")
    elif args.cmd == "list":
        for n in notes:
            if not args.tag or n["tag"] == args.tag:
                print(f"{n['id']}  [{n['tag']}] {n['text']}  ({n['ts']})")
    elif args.cmd == "search":
        for n in notes:
            if args.q.lower() in n["text"].lower():
                print(f"{n['id']}  {n['text']}")
    elif args.cmd == "forget":
        kept = [n for n in notes if n["id"] != args.id]
        save(kept); print("forgotten" if len(kept) < len(notes) else "no such id")
    elif args.cmd == "wipe":
        if not args.yes:
            sys.exit("pass --yes to delete all notes")
        save([]); print("all notes deleted")


if __name__ == "__main__":
    main()
