#!/usr/bin/env python3
"""Export local browser bookmarks to a Netscape-format HTML file.

Reads ONLY bookmark stores:
  * Chromium family: the JSON file named "Bookmarks" in the profile directory
  * Firefox: moz_bookmarks / moz_places in a temporary copy of places.sqlite
Never opens Login Data, Cookies, Web Data, key4.db or logins.json.
Output is a local file; no network access.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HOME = Path.home()


def _env_path(var: str, rel: str) -> list[Path]:
    base = os.environ.get(var)
    return [Path(base) / rel] if base else []


CHROMIUM = {
    "chrome": [HOME / "Library/Application Support/Google/Chrome/Default/Bookmarks",
               HOME / ".config/google-chrome/Default/Bookmarks",
               *_env_path("LOCALAPPDATA", "Google/Chrome/User Data/Default/Bookmarks")],
    "chromium": [HOME / ".config/chromium/Default/Bookmarks"],
    "edge": [HOME / "Library/Application Support/Microsoft Edge/Default/Bookmarks",
             HOME / ".config/microsoft-edge/Default/Bookmarks",
             *_env_path("LOCALAPPDATA", "Microsoft/Edge/User Data/Default/Bookmarks")],
}
FIREFOX_ROOTS = [HOME / "Library/Application Support/Firefox/Profiles",
                 HOME / ".mozilla/firefox",
                 *_env_path("APPDATA", "Mozilla/Firefox/Profiles")]
SAFE_SCHEMES = ("http://", "https://", "ftp://", "file://")


def find_source(browser: str, profile: str | None) -> Path | None:
    if browser in CHROMIUM:
        for p in CHROMIUM[browser]:
            if profile:
                p = p.parent.parent / profile / "Bookmarks"
            if p.is_file():
                return p
        return None
    for root in FIREFOX_ROOTS:
        if not root.is_dir():
            continue
        for prof in sorted(root.iterdir()):
            if profile and profile not in prof.name:
                continue
            if (prof / "places.sqlite").is_file():
                return prof / "places.sqlite"
    return None


def _chrome_time(value) -> int | None:
    try:  # microseconds since 1601-01-01
        return int(int(value) / 1_000_000 - 11_644_473_600)
    except (TypeError, ValueError):
        return None


def _convert_chromium(node: dict) -> dict:
    if node.get("type") == "url":
        return {"type": "url", "name": node.get("name", ""), "url": node.get("url", ""),
                "added": _chrome_time(node.get("date_added"))}
    return {"type": "folder", "name": node.get("name", ""),
            "children": [_convert_chromium(c) for c in node.get("children", [])]}


def load_chromium(path: Path) -> list[dict]:
    roots = json.loads(path.read_text(encoding="utf-8")).get("roots", {})
    return [_convert_chromium(roots[k]) for k in ("bookmark_bar", "other", "synced") if k in roots]


def load_firefox(places: Path) -> list[dict]:
    # Firefox locks places.sqlite while running: query a private temporary copy.
    with tempfile.TemporaryDirectory(prefix="bm-export-") as tmp:
        copy = Path(tmp) / "places.sqlite"
        shutil.copy2(places, copy)
        wal = places.with_name("places.sqlite-wal")
        if wal.is_file():
            shutil.copy2(wal, Path(tmp) / "places.sqlite-wal")
        con = sqlite3.connect(copy)
        try:
            rows = con.execute(
                "SELECT b.id, b.parent, b.type, b.title, p.url, b.dateAdded "
                "FROM moz_bookmarks b LEFT JOIN moz_places p ON p.id = b.fk "
                "ORDER BY b.parent, b.position").fetchall()
        finally:
            con.close()

    nodes, children = {}, {}
    for bid, parent, btype, title, url, added in rows:
        nodes[bid] = (btype, title or "", url, added)
        children.setdefault(parent, []).append(bid)

    def build(bid: int) -> dict | None:
        btype, title, url, added = nodes[bid]
        if btype == 1:  # bookmark
            if not url or url.startswith("place:"):
                return None
            return {"type": "url", "name": title or url, "url": url,
                    "added": int(added / 1_000_000) if added else None}
        if btype == 2:  # folder
            kids = [k for k in (build(c) for c in children.get(bid, [])) if k]
            return {"type": "folder", "name": title, "children": kids}
        return None  # separators

    return [n for n in (build(c) for c in children.get(1, [])) if n]


def render(tree: list[dict], title: str, stats: dict) -> str:
    out = ["<!DOCTYPE NETSCAPE-Bookmark-file-1>",
           '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
           f"<TITLE>{html.escape(title)}</TITLE>", f"<H1>{html.escape(title)}</H1>", "<DL><p>"]

    def emit(node: dict, depth: int) -> None:
        pad = "    " * depth
        if node["type"] == "folder":
            out.append(f"{pad}<DT><H3>{html.escape(node['name'])}</H3>")
            out.append(f"{pad}<DL><p>")
            for child in node["children"]:
                emit(child, depth + 1)
            out.append(f"{pad}</DL><p>")
            return
        if not node["url"].lower().startswith(SAFE_SCHEMES):
            stats["skipped"] += 1  # javascript: bookmarklets, data: URLs, etc.
            return
        added = f' ADD_DATE="{node["added"]}"' if node.get("added") else ""
        out.append(f'{pad}<DT><A HREF="{html.escape(node["url"], quote=True)}"{added}>'
                   f'{html.escape(node["name"])}</A>')
        stats["exported"] += 1

    for node in tree:
        emit(node, 1)
    out.append("</DL><p>")
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--browser", required=True, choices=[*CHROMIUM, "firefox"])
    ap.add_argument("--profile", help="profile directory name (default: first/Default)")
    ap.add_argument("--which", action="store_true", help="print the source file and exit")
    ap.add_argument("--out", type=Path,
                    default=Path(f"bookmarks-export-{time.strftime('%Y%m%d')}.html"))
    ap.add_argument("--force", action="store_true", help="overwrite an existing output file")
    args = ap.parse_args()

    src = find_source(args.browser, args.profile)
    if src is None:
        print(f"no {args.browser} bookmarks store found", file=sys.stderr)
        return 1
    if args.which:
        print(src)
        return 0
    if args.out.exists() and not args.force:
        print(f"{args.out} exists; pass --force to overwrite", file=sys.stderr)
        return 1

    tree = load_firefox(src) if args.browser == "firefox" else load_chromium(src)
    stats = {"exported": 0, "skipped": 0}
    args.out.write_text(render(tree, "Bookmarks", stats), encoding="utf-8")
    print(f"wrote {stats['exported']} bookmarks to {args.out} "
          f"(skipped {stats['skipped']} non-web entries such as bookmarklets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
