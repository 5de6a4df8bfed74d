#!/usr/bin/env python3
"""Post a status message to the user's Slack/Discord incoming webhook (from env vars)."""
import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

ALLOWED = {
    "slack": re.compile(r"^https://hooks\.slack\.com/services/[A-Za-z0-9/]+$"),
    "discord": re.compile(r"^https://(discord|discordapp)\.com/api/webhooks/\d+/[\w-]+$"),
}
MASK = re.compile(r"(sk_(live|test)_\w+|ghp_\w{20,}|github_pat_\w+|AKIA[0-9A-Z]{16}|xox[abprs]-[\w-]+|Bearer\s+[\w.-]+)")
EMOJI = {"success": "✅", "failure": "❌", "cancelled": "⚪", "started": "🚀"}


def post(url, payload):
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status


def send(status, title, text, link):
    icon = EMOJI.get(status, "ℹ️")
    body = f"{icon} *{title}*" + (f"\n{text}" if text else "") + (f"\n<{link}|details>" if link else "")
    sent = 0
    for kind, env in (("slack", "SLACK_WEBHOOK_URL"), ("discord", "DISCORD_WEBHOOK_URL")):
        url = os.environ.get(env)
        if not url:
            continue
        if not ALLOWED[kind].match(url):
            print(f"{env} does not look like a {kind} webhook URL; refusing to post.", file=sys.stderr)
            continue
        if kind == "slack":
            post(url, {"text": body})
        else:
            post(url, {"content": body.replace("*", "**").replace(f"<{link}|details>", link or "")[:1900]})
        sent += 1
    if not sent:
        sys.exit("No webhook configured. Set SLACK_WEBHOOK_URL and/or DISCORD_WEBHOOK_URL.")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--status", default="success")
    ap.add_argument("--title", default="Notification")
    ap.add_argument("--text", default="")
    ap.add_argument("--link")
    ap.add_argument("--wrap", action="store_true")
    ap.add_argument("--no-tail", action="store_true")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()

    if a.wrap:
        cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
        t0 = time.time()
        p = subprocess.run(cmd, capture_output=True, text=True)
        sys.stdout.write(p.stdout); sys.stderr.write(p.stderr)
        dur = f"{time.time() - t0:.0f}s"
        tail = "" if a.no_tail else "\n```" + MASK.sub("[masked]", "\n".join((p.stdout + p.stderr).splitlines()[-15:])) + "```"
        send("success" if p.returncode == 0 else "failure", f"`{' '.join(cmd)}` ({dur})", f"exit {p.returncode}{tail}", a.link)
        sys.exit(p.returncode)
    send(a.status, a.title, MASK.sub("[masked]", a.text), a.link)


if __name__ == "__main__":
    main()
