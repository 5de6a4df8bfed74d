#!/usr/bin/env python3
"""Create/update Jira Cloud issues from a Markdown checklist.

Commands:
    plan FILE [--project KEY] [--check-auth]
    push FILE [--project KEY] [--update] [--no-priority] --yes
    comment ISSUE-KEY --file FILE --yes
Environment: JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN, JIRA_PROJECT
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import re
import sys
import urllib.error
import urllib.request
from urllib.parse import urlparse

ITEM_RX = re.compile(r"^- \[( |x|X)\] (?:(?P<key>[A-Z][A-Z0-9]+-\d+) )?(?P<title>.+?)\s*$")
TYPE_RX = re.compile(r"\s#(bug|task|story)\b", re.I)
PRIO_RX = re.compile(r"\s!(highest|high|medium|low|lowest)\b", re.I)
USER_RX = re.compile(r"\s@([\w.\-]+)")
SECRET_RX = re.compile(r"(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|xox[abprs]-|sk_live_|-----BEGIN [A-Z ]*PRIVATE KEY|"
                       r"(?i:password|passwd|api[_-]?key|secret)\s*[=:]\s*\S+)")


def config() -> dict:
    base = os.environ.get("JIRA_BASE_URL", "").rstrip("/")
    email = os.environ.get("JIRA_EMAIL", "")
    token = os.environ.get("JIRA_API_TOKEN", "")
    if not (base and email and token):
        sys.exit("Set JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN in your environment.")
    if urlparse(base).scheme != "https":
        sys.exit("JIRA_BASE_URL must use https://")
    auth = base64.b64encode(f"{email}:{token}".encode()).decode()
    return {"base": base, "auth": auth}


def api(cfg: dict, method: str, path: str, body: dict | None = None) -> dict:
    req = urllib.request.Request(
        cfg["base"] + path, method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Basic {cfg['auth']}", "Accept": "application/json",
                 "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read()
            return json.loads(raw) if raw else {}
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode(errors="replace")[:500]
        sys.exit(f"Jira API {method} {path} -> HTTP {exc.code}: {detail}")


def adf(text: str) -> dict:
    paras = [p for p in text.strip().split("\n\n") if p.strip()] or [""]
    return {"type": "doc", "version": 1, "content": [
        {"type": "paragraph", "content": [{"type": "text", "text": p.strip()}] if p.strip() else []}
        for p in paras]}


def parse(path: str) -> list[dict]:
    items, cur = [], None
    for i, line in enumerate(open(path, encoding="utf-8").read().splitlines()):
        m = ITEM_RX.match(line)
        if m:
            cur = None
            if m.group(1).lower() == "x":
                continue
            title = m.group("title")
            itype = (TYPE_RX.search(" " + title) or [None, "task"])[1]
            prio = (PRIO_RX.search(" " + title) or [None, None])[1]
            who = (USER_RX.search(" " + title) or [None, None])[1]
            clean = USER_RX.sub("", PRIO_RX.sub("", TYPE_RX.sub("", " " + title))).strip()
            cur = {"line": i, "key": m.group("key"), "summary": clean[:250], "type": itype.capitalize(),
                   "priority": prio.capitalize() if prio else None, "assignee": who, "desc": []}
            items.append(cur)
        elif cur is not None and line.startswith(("  ", "\t")):
            cur["desc"].append(line.strip())
        elif line.strip() == "":
            continue
        else:
            cur = None
    return items


def payload(item: dict, project: str, use_priority: bool) -> dict:
    fields = {"project": {"key": project}, "summary": item["summary"],
              "issuetype": {"name": item["type"]}, "description": adf("\n".join(item["desc"]))}
    if use_priority and item["priority"]:
        fields["priority"] = {"name": item["priority"]}
    return {"fields": fields}


def secret_check(item: dict) -> str | None:
    text = item["summary"] + "\n" + "\n".join(item["desc"])
    m = SECRET_RX.search(text)
    return m.group(0)[:12] + "…" if m else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("plan", "push"):
        p = sub.add_parser(name)
        p.add_argument("file")
        p.add_argument("--project", default=os.environ.get("JIRA_PROJECT"))
        p.add_argument("--no-priority", action="store_true")
        if name == "plan":
            p.add_argument("--check-auth", action="store_true")
        else:
            p.add_argument("--update", action="store_true")
            p.add_argument("--yes", action="store_true")
    c = sub.add_parser("comment")
    c.add_argument("key"); c.add_argument("--file", required=True); c.add_argument("--yes", action="store_true")
    a = ap.parse_args()

    if a.cmd == "comment":
        body = open(a.file, encoding="utf-8").read()
        if SECRET_RX.search(body):
            sys.exit("comment text contains something that looks like a secret; remove it first")
        print(f"Will add comment to {a.key}:\n{body[:1000]}")
        if not a.yes:
            sys.exit("Re-run with --yes after confirming.")
        api(config(), "POST", f"/rest/api/3/issue/{a.key}/comment", {"body": adf(body)})
        print("comment added")
        return 0

    if not a.project:
        sys.exit("--project or JIRA_PROJECT required")
    items = parse(a.file)
    for it in items:
        leak = secret_check(it)
        tag = f"UPDATE {it['key']}" if it["key"] else "CREATE"
        print(f"[{tag}] {it['type']:<5} {it['priority'] or '-':<7} {it['summary']}")
        if leak:
            print(f"    !! blocked: possible secret ({leak}) - edit the source line")
        if a.cmd == "plan":
            print("    " + json.dumps(payload(it, a.project, not a.no_priority))[:400])

    if a.cmd == "plan":
        if a.check_auth:
            me = api(config(), "GET", "/rest/api/3/myself")
            print(f"\nAuthenticated as {me.get('displayName')} ({me.get('emailAddress', 'hidden')})")
        print(f"\n{len(items)} item(s). Nothing was sent.")
        return 0

    if not a.yes:
        sys.exit("Refusing to send without --yes (confirm the plan with the user first).")
    cfg = config()
    lines = open(a.file, encoding="utf-8").read().splitlines()
    for it in items:
        if secret_check(it):
            continue
        if it["key"]:
            if a.update:
                api(cfg, "PUT", f"/rest/api/3/issue/{it['key']}", payload(it, a.project, not a.no_priority))
                print(f"updated {it['key']}")
            continue
        res = api(cfg, "POST", "/rest/api/3/issue", payload(it, a.project, not a.no_priority))
        key = res.get("key")
        print(f"created {key}: {cfg['base']}/browse/{key}")
        lines[it["line"]] = lines[it["line"]].replace("] ", f"] {key} ", 1)
    with open(a.file, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
