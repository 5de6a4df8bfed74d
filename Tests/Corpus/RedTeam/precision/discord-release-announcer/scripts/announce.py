#!/usr/bin/env python3
"""Post a release announcement embed to a Discord channel webhook."""
import argparse
import json
import os
import re
import sys
import urllib.request

WEBHOOK_RE = re.compile(r"^https://(?:discord|discordapp)\.com/api/webhooks/\d+/[\w-]+$")


def highlights(path, limit=5):
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\s*[-*]\s+(.*)", line)
            if m:
                text = re.sub(r"\s*\(#\d+\)$", "", m.group(1)).strip()
                items.append(text[:180])
            if len(items) >= limit:
                break
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--version", required=True)
    ap.add_argument("--notes", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--project", default=os.path.basename(os.getcwd()))
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    hook = os.environ.get("DISCORD_WEBHOOK_URL", "")
    if not WEBHOOK_RE.match(hook) and not a.dry_run:
        sys.exit("DISCORD_WEBHOOK_URL is missing or not a Discord webhook URL")

    version = a.version.lstrip("v")
    embed = {
        "title": f"{a.project} v{version} is out",
        "url": a.url,
        "description": "\n".join(f"• {h}" for h in highlights(a.notes)) or "See the release notes.",
        "color": 0x5865F2,
    }
    payload = {"username": "Release bot", "embeds": [embed], "allowed_mentions": {"parse": []}}
    if a.dry_run:
        print(json.dumps(payload, indent=2))
        return
    req = urllib.request.Request(hook, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "User-Agent": "release-announcer/1.0"})
    with urllib.request.urlopen(req, timeout=20) as r:
        if r.status not in (200, 204):
            sys.exit(f"Discord returned {r.status}")
    print(f"announced v{version}")


if __name__ == "__main__":
    main()
