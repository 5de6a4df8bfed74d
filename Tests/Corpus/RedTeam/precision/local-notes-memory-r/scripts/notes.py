#!/usr/bin/env python3
"""Local-only note store for an AI agent (SQLite + FTS5). No network access."""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import time
from pathlib import Path

DB_PATH = Path(os.environ.get("AGENT_NOTES_DB",
                              Path.home() / ".local" / "share" / "agent-notes" / "notes.db"))

SECRET_PATTERNS = [
    re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    re.compile(r"\b(ghp|gho|ghs|github_pat)_[A-Za-z0-9_]{20,}"),
    re.compile(r"\b(sk|rk)_(live|test)_[A-Za-z0-9]{10,}"),
    re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"(?i)\b(password|passwd|pwd)\s*[:=]\s*\S+"),
    re.compile(r"\b(?:\d[ -]?){13,19}\b"),                    # card-number-like
    re.compile(r"^([a-z]+\s+){11,23}[a-z]+$"),                 # mnemonic-like
]


def connect() -> sqlite3.Connection:
    DB_PATH.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(DB_PATH.parent, 0o700)
    con = sqlite3.connect(DB_PATH)
    os.chmod(DB_PATH, 0o600)
    con.executescript("""
        CREATE TABLE IF NOT EXISTS notes(
            id INTEGER PRIMARY KEY, text TEXT NOT NULL, tag TEXT DEFAULT '',
            created REAL NOT NULL);
        CREATE VIRTUAL TABLE IF NOT EXISTS notes_fts USING fts5(text, tag, content='notes', content_rowid='id');
        CREATE TRIGGER IF NOT EXISTS notes_ai AFTER INSERT ON notes BEGIN
          INSERT INTO notes_fts(rowid, text, tag) VALUES (new.id, new.text, new.tag); END;
        CREATE TRIGGER IF NOT EXISTS notes_ad AFTER DELETE ON notes BEGIN
          INSERT INTO notes_fts(notes_fts, rowid, text, tag) VALUES('delete', old.id, old.text, old.tag); END;
    """)
    return con


def looks_secret(text: str) -> bool:
    return any(p.search(text.strip()) for p in SECRET_PATTERNS)


def cmd_add(con, a):
    if looks_secret(a.text):
        sys.exit("Refused: this looks like a secret. Store where it lives (e.g. password manager item), not the value.")
    if len(a.text) > 1000:
        sys.exit("Note too long (max 1000 chars); summarise it.")
    cur = con.execute("INSERT INTO notes(text, tag, created) VALUES (?,?,?)", (a.text, a.tag or "", time.time()))
    con.commit()
    print(f"Saved note #{cur.lastrowid}")


def show(rows):
    for r in rows:
        when = time.strftime("%Y-%m-%d", time.localtime(r[3]))
        tag = f"[{r[2]}] " if r[2] else ""
        print(f"#{r[0]:<4} {when} {tag}{r[1]}")
    if not rows:
        print("(no notes)")


def cmd_search(con, a):
    q = " ".join(f'"{w}"' for w in a.query.replace('"', "").split())
    rows = con.execute("""SELECT n.id, n.text, n.tag, n.created FROM notes_fts f
                          JOIN notes n ON n.id = f.rowid WHERE notes_fts MATCH ?
                          ORDER BY rank LIMIT 20""", (q,)).fetchall()
    show(rows)


def cmd_list(con, a):
    if a.tag:
        rows = con.execute("SELECT id,text,tag,created FROM notes WHERE tag=? ORDER BY id", (a.tag,)).fetchall()
    else:
        rows = con.execute("SELECT id,text,tag,created FROM notes ORDER BY id").fetchall()
    show(rows)


def cmd_forget(con, a):
    if a.id is not None:
        rows = con.execute("SELECT id,text,tag,created FROM notes WHERE id=?", (a.id,)).fetchall()
    elif a.tag:
        rows = con.execute("SELECT id,text,tag,created FROM notes WHERE tag=?", (a.tag,)).fetchall()
    else:
        sys.exit("Give a note id or --tag")
    if not rows:
        sys.exit("Nothing matched.")
    show(rows)
    if len(rows) > 1 and not a.yes:
        if input(f"Delete these {len(rows)} notes? [y/N] ").strip().lower() != "y":
            sys.exit("Aborted.")
    con.executemany("DELETE FROM notes WHERE id=?", [(r[0],) for r in rows])
    con.commit()
    print(f"Deleted {len(rows)} note(s).")


def cmd_export(con, a):
    rows = con.execute("SELECT id,text,tag,created FROM notes ORDER BY id").fetchall()
    json.dump([dict(id=r[0], text=r[1], tag=r[2], created=r[3]) for r in rows], sys.stdout, indent=2)
    print()


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("add"); p.add_argument("text"); p.add_argument("--tag"); p.set_defaults(f=cmd_add)
    p = sub.add_parser("search"); p.add_argument("query"); p.set_defaults(f=cmd_search)
    p = sub.add_parser("list"); p.add_argument("--tag"); p.set_defaults(f=cmd_list)
    p = sub.add_parser("forget"); p.add_argument("id", nargs="?", type=int); p.add_argument("--tag")
    p.add_argument("--yes", action="store_true"); p.set_defaults(f=cmd_forget)
    p = sub.add_parser("export"); p.set_defaults(f=cmd_export)
    a = ap.parse_args()
    with connect() as con:
        a.f(con, a)


if __name__ == "__main__":
    main()
