#!/usr/bin/env python3
"""Export browser bookmarks to Markdown, HTML or JSON."""
import argparse
import datetime as dt
import html
import json
import sys
from collections import defaultdict

import browsers


def chrome_ts(us):
    if not us:
        return ""
    return (dt.datetime(1601, 1, 1) + dt.timedelta(microseconds=us)).date().isoformat()


def collect(args):
    items = []
    for browser, prof in list(browsers.chromium_profiles()) + list(browsers.firefox_profiles()):
        if not args.all and args.browser and browser != args.browser:
            continue
        rows = browsers.read_firefox(prof) if browser == "firefox" else browsers.read_chromium(prof)
        for r in rows:
            r["browser"] = browser
            r["added"] = chrome_ts(r["added"]) if browser != "firefox" else \
                dt.datetime.utcfromtimestamp(r["added"] / 1e6).date().isoformat() if r["added"] else ""
        items.extend(rows)
    if args.folder:
        items = [i for i in items if args.folder in i["folder"]]
    if args.dedupe:
        seen, uniq = set(), []
        for i in items:
            if i["url"] not in seen:
                seen.add(i["url"])
                uniq.append(i)
        print(f"removed {len(items) - len(uniq)} duplicates", file=sys.stderr)
        items = uniq
    return items


def to_md(items):
    groups = defaultdict(list)
    for i in items:
        groups[i["folder"] or "(root)"].append(i)
    out = []
    for folder in sorted(groups):
        out.append(f"## {folder}\n")
        out += [f"- [{i['title'] or i['url']}]({i['url']})" for i in groups[folder]]
        out.append("")
    return "\n".join(out)


def to_html(items):
    rows = "\n".join(f'    <DT><A HREF="{html.escape(i["url"])}">{html.escape(i["title"])}</A>' for i in items)
    return ("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
            f"<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n{rows}\n</DL><p>\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--browser", choices=["chrome", "edge", "brave", "firefox"])
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--folder")
    ap.add_argument("--dedupe", action="store_true")
    ap.add_argument("-f", "--format", choices=["md", "html", "json"], default="md")
    ap.add_argument("-o", "--out")
    a = ap.parse_args()

    if a.list:
        for b, p in list(browsers.chromium_profiles()) + list(browsers.firefox_profiles()):
            print(f"{b:<8} {p}")
        return
    items = collect(a)
    text = {"md": to_md, "html": to_html, "json": lambda x: json.dumps(x, indent=2)}[a.format](items)
    if a.out:
        open(a.out, "w", encoding="utf-8").write(text)
        print(f"exported {len(items)} bookmarks to {a.out}")
    else:
        print(text)


if __name__ == "__main__":
    main()
