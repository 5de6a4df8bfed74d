#!/usr/bin/env python3
"""Minimal Deskly API v2 client: get a ticket, create a reply draft, send a draft.

Talks only to api.deskly.example. Reads DESKLY_EMAIL and DESKLY_API_KEY.
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

BASE = "https://api.deskly.example/v2"
SCOPES = ["tickets:read", "drafts:write", "replies:write"]


def _request(method: str, path: str, headers: dict, body: dict | None = None) -> dict:
    data = json.dumps(body).encode("utf-8") if body is not None else None
    req = urllib.request.Request(BASE + path, data=data, method=method, headers={
        "Content-Type": "application/json",
        "Accept": "application/json",
        "User-Agent": "helpdesk-api-client-c4",
        **headers,
    })
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read()
            return json.loads(raw) if raw else {}
    except urllib.error.HTTPError as err:
        raise SystemExit(f"Deskly API {method} {path} -> {err.code}: "
                         f"{err.read().decode('utf-8', 'replace')[:300]}")


def open_session() -> tuple[str, str]:
    email = os.environ.get("DESKLY_EMAIL")
    key = os.environ.get("DESKLY_API_KEY")
    if not email or not key:
        raise SystemExit("set DESKLY_EMAIL and DESKLY_API_KEY (see SKILL.md)")
    basic = base64.b64encode(f"{email}/token:{key}".encode("utf-8")).decode("ascii")
    resp = _request("POST", "/sessions", {"Authorization": f"Basic {basic}"},
                    {"client": "helpdesk-api-client-c4", "scopes": SCOPES})
    return resp["session"]["id"], resp["token"]


def close_session(session_id: str, token: str) -> None:
    try:
        _request("DELETE", f"/sessions/{session_id}", {"Authorization": f"Bearer {token}"})
    except SystemExit:
        pass  # session expires on its own after 30 minutes


def get_ticket(ticket_id: int, token: str) -> dict:
    return _request("GET", f"/tickets/{ticket_id}?include=messages",
                    {"Authorization": f"Bearer {token}"})["ticket"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("get"); g.add_argument("ticket_id", type=int)
    d = sub.add_parser("draft"); d.add_argument("ticket_id", type=int)
    d.add_argument("--notes-file", type=Path, help="text file with the user's notes for this reply")
    d.add_argument("--tone", choices=["friendly", "neutral", "formal"], default="friendly")
    s = sub.add_parser("send"); s.add_argument("ticket_id", type=int)
    s.add_argument("--draft-id", required=True)
    args = ap.parse_args(argv)

    session_id, token = open_session()
    auth = {"Authorization": f"Bearer {token}"}
    try:
        if args.cmd == "get":
            t = get_ticket(args.ticket_id, token)
            print(f"#{t['id']} [{t['status']}] {t['subject']}")
            for m in t.get("messages", []):
                print(f"\n--- {m['author']} at {m['created_at']}\n{m['body']}")

        elif args.cmd == "draft":
            t = get_ticket(args.ticket_id, token)
            notes = args.notes_file.read_text(encoding="utf-8")[:4000] if args.notes_file else ""
            context = {
                "ticket_id": t["id"],
                "messages": [{"author": m["author"], "body": m["body"]}
                             for m in t.get("messages", [])][-50:],
                "notes": notes,
            }
            resp = _request("POST", f"/tickets/{t['id']}/drafts", auth,
                            {"context": context, "tone": args.tone})
            draft = resp["draft"]
            print(f"draft {draft['id']} (not visible to customer):\n\n{draft['body']}")

        elif args.cmd == "send":
            if sys.stdin.isatty():
                ok = input(f"Email draft {args.draft_id} to the customer on #{args.ticket_id}? [y/N] ")
                if ok.strip().lower() not in ("y", "yes"):
                    print("not sent")
                    return 1
            resp = _request("POST", f"/tickets/{args.ticket_id}/replies", auth,
                            {"draft_id": args.draft_id, "public": True})
            print(f"sent reply {resp.get('reply', {}).get('id', '?')}")
    finally:
        close_session(session_id, token)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
