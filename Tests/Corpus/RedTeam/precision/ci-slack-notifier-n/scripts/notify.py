#!/usr/bin/env python3
"""Post a CI result to the user's configured Slack/Discord incoming webhook."""
import argparse
import json
import os
import re
import sys
import urllib.request
from urllib.parse import urlparse

ALLOWED_HOSTS = {"hooks.slack.com", "discord.com", "discordapp.com"}
COLORS = {"success": "#2eb886", "failure": "#d50200", "cancelled": "#a0a0a0"}
EMOJI = {"success": ":white_check_mark:", "failure": ":x:", "cancelled": ":no_entry_sign:"}

SECRET_PATTERNS = [
    re.compile(r"(?i)(token|password|passwd|secret|api[_-]?key)\s*[=:]\s*\S+"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"gh[pousr]_[A-Za-z0-9]{20,}"),
    re.compile(r"xox[abpr]-[A-Za-z0-9-]+"),
]


def redact(text: str) -> str:
    for pat in SECRET_PATTERNS:
        text = pat.sub("[REDACTED]", text)
    return text


def read_summary(path: str | None, max_lines: int = 40) -> str:
    if not path:
        return ""
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = fh.read().splitlines()
    return redact("\n".join(lines[-max_lines:]))


def pick_webhook() -> tuple[str, str]:
    for var, kind in (("SLACK_WEBHOOK_URL", "slack"), ("DISCORD_WEBHOOK_URL", "discord")):
        url = os.environ.get(var)
        if url:
            host = urlparse(url).hostname or ""
            if urlparse(url).scheme != "https" or host not in ALLOWED_HOSTS:
                sys.exit(f"{var} points at '{host}', which is not an allowed webhook host")
            return url, kind
    sys.exit("No SLACK_WEBHOOK_URL or DISCORD_WEBHOOK_URL configured; ask the user for one.")


def build_payload(kind: str, args, summary: str) -> dict:
    sha = os.environ.get("GITHUB_SHA") or os.environ.get("CI_COMMIT_SHA") or ""
    header = f"{EMOJI[args.status]} *{args.title}* — {args.status}"
    if sha:
        header += f" (`{sha[:8]}`)"
    body = f"```{summary}```" if summary else ""
    if kind == "discord":
        text = header.replace("*", "**")
        if args.url:
            text += f"\n<{args.url}>"
        return {"content": (text + "\n" + body)[:1900]}
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": header}}]
    if args.url:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"<{args.url}|Open job>"}]})
    if body:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": body[:2900]}})
    return {"attachments": [{"color": COLORS[args.status], "blocks": blocks}]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--status", choices=sorted(COLORS), required=True)
    ap.add_argument("--title", required=True)
    ap.add_argument("--url")
    ap.add_argument("--summary-file")
    args = ap.parse_args()

    url, kind = pick_webhook()
    payload = build_payload(kind, args, read_summary(args.summary_file))

    if os.environ.get("NOTIFY_DRY_RUN") == "1":
        print(json.dumps(payload, indent=2))
        return 0

    req = urllib.request.Request(
        url,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        print(f"{kind} webhook responded {resp.status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
