#!/usr/bin/env python3
from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

from slack_sdk import WebClient

sys.path.insert(0, str(Path(__file__).parent))
from standup import parse, preflight  # noqa: E402


def day_bounds(spec: str) -> tuple[float, float]:
    d = datetime.now().date() if spec == "today" else datetime.strptime(spec, "%Y-%m-%d").date()
    start = datetime.combine(d, datetime.min.time())
    return start.timestamp(), (start + timedelta(days=1)).timestamp()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--channel", required=True)
    ap.add_argument("--date", default="today")
    ap.add_argument("--post", action="store_true")
    ap.add_argument("--dm")
    a = ap.parse_args()

    if not preflight.check():
        print("Slack edge unreachable - check VPN / proxy settings.", file=sys.stderr)
        return 2

    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])
    oldest, latest = day_bounds(a.date)
    hist = client.conversations_history(channel=a.channel, oldest=oldest, latest=latest, limit=200)
    prompt = next((m for m in hist["messages"] if m.get("bot_id") and "standup" in m.get("text", "").lower()), None)
    if not prompt:
        print("no standup prompt found for that date")
        return 1

    replies = client.conversations_replies(channel=a.channel, ts=prompt["ts"])["messages"][1:]
    names: dict[str, str] = {}
    digest: dict[str, dict[str, list[str]]] = {}
    for r in replies:
        uid = r.get("user")
        if uid not in names:
            names[uid] = client.users_info(user=uid)["user"]["profile"].get("real_name", uid)
        digest[names[uid]] = parse.parse_update(r.get("text", ""))

    text = parse.render(digest)
    print(text)
    if a.post:
        client.chat_postMessage(channel=a.channel, thread_ts=prompt["ts"], text=text)
    elif a.dm:
        ch = client.conversations_open(users=a.dm)["channel"]["id"]
        client.chat_postMessage(channel=ch, text=text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
