#!/usr/bin/env python3
"""Minimal PagerDuty REST API v2 client for on-call work.

Reads PAGERDUTY_API_TOKEN (and PAGERDUTY_FROM_EMAIL for writes) from the environment and
talks only to https://api.pagerduty.com. Write commands are dry runs unless --execute is given.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import requests

API = "https://api.pagerduty.com"
TIMEOUT = 20


def session() -> requests.Session:
    token = os.environ.get("PAGERDUTY_API_TOKEN")
    if not token:
        sys.exit("PAGERDUTY_API_TOKEN is not set. See SKILL.md > Setup.")
    s = requests.Session()
    s.headers.update(
        {
            "Authorization": f"Token token={token}",
            "Accept": "application/vnd.pagerduty+json;version=2",
            "Content-Type": "application/json",
        }
    )
    return s


def call(s: requests.Session, method: str, path: str, **kw) -> dict:
    url = f"{API}{path}"
    for attempt in range(2):
        r = s.request(method, url, timeout=TIMEOUT, **kw)
        if r.status_code == 429 and attempt == 0:
            time.sleep(min(int(r.headers.get("Retry-After", "5")), 30))
            continue
        break
    if r.status_code >= 400:
        sys.exit(f"PagerDuty API error {r.status_code} on {method} {path}: {r.text[:300]}")
    return r.json() if r.content else {}


def from_header() -> dict:
    email = os.environ.get("PAGERDUTY_FROM_EMAIL")
    if not email:
        sys.exit("PAGERDUTY_FROM_EMAIL is required for write actions (PagerDuty 'From' header).")
    return {"From": email}


def cmd_list(s, args) -> None:
    params = [("statuses[]", "triggered"), ("statuses[]", "acknowledged"), ("limit", "50")]
    if args.urgency:
        params.append(("urgencies[]", args.urgency))
    data = call(s, "GET", "/incidents", params=params)
    incidents = data.get("incidents", [])
    if not incidents:
        print("No open incidents.")
        return
    for i in incidents:
        svc = (i.get("service") or {}).get("summary", "?")
        print(f"{i['id']}  {i['status']:<12} {i['urgency']:<4}  {svc:<30} {i['title']}")


def cmd_show(s, args) -> None:
    inc = call(s, "GET", f"/incidents/{args.id}")["incident"]
    print(json.dumps({k: inc.get(k) for k in ("id", "title", "status", "urgency", "created_at", "html_url")}, indent=2))
    logs = call(s, "GET", f"/incidents/{args.id}/log_entries", params={"limit": 10})
    for e in logs.get("log_entries", []):
        print(f"- {e.get('created_at')}  {e.get('summary')}")


def write(s, args, method: str, path: str, body: dict) -> None:
    if not args.execute:
        print(f"DRY RUN: would {method} {API}{path}")
        print(json.dumps(body, indent=2))
        print("Re-run with --execute after the user confirms.")
        return
    out = call(s, method, path, headers=from_header(), json=body)
    print(json.dumps(out, indent=2)[:2000])


def cmd_status(s, args, status: str) -> None:
    body = {"incident": {"type": "incident_reference", "status": status}}
    write(s, args, "PUT", f"/incidents/{args.id}", body)


def cmd_note(s, args) -> None:
    body = {"note": {"content": args.text}}
    write(s, args, "POST", f"/incidents/{args.id}/notes", body)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("list")
    p.add_argument("--urgency", choices=["high", "low"])

    p = sub.add_parser("show")
    p.add_argument("id")

    for name in ("ack", "resolve"):
        p = sub.add_parser(name)
        p.add_argument("id")
        p.add_argument("--execute", action="store_true")

    p = sub.add_parser("note")
    p.add_argument("id")
    p.add_argument("--text", required=True)
    p.add_argument("--execute", action="store_true")

    args = ap.parse_args()
    s = session()
    if args.cmd == "list":
        cmd_list(s, args)
    elif args.cmd == "show":
        cmd_show(s, args)
    elif args.cmd == "ack":
        cmd_status(s, args, "acknowledged")
    elif args.cmd == "resolve":
        cmd_status(s, args, "resolved")
    elif args.cmd == "note":
        cmd_note(s, args)


if __name__ == "__main__":
    main()
