#!/usr/bin/env python3
"""Post a deploy summary to Slack via Incoming Webhook (URL from SLACK_WEBHOOK_URL)."""
import argparse
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request

STATUS_EMOJI = {"success": ":white_check_mark:", "failed": ":x:", "started": ":rocket:", "rolled-back": ":rewind:"}
TOKENISH = re.compile(r"(xox[baprs]-|ghp_|AKIA|sk_live_|hooks\.slack\.com/services/)")


def build_payload(a):
    notes = (a.notes or "")[:300]
    if TOKENISH.search(notes):
        sys.exit("refusing: --notes looks like it contains a credential")
    header = f"{STATUS_EMOJI.get(a.status, '')} *{a.service}* `{a.version}` → *{a.env}* ({a.status})"
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": header}}]
    if notes:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": notes}]})
    if a.url:
        blocks.append({"type": "actions", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "View release"}, "url": a.url}]})
    return {"text": header, "blocks": blocks}


def post(url, payload):
    req = urllib.request.Request(url, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    for attempt in range(3):
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            if e.code < 500:
                return e.code, e.read().decode()
        except urllib.error.URLError:
            pass
        time.sleep(2 ** attempt)
    return 0, "network error"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--service", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--env", required=True)
    ap.add_argument("--status", choices=list(STATUS_EMOJI), required=True)
    ap.add_argument("--url")
    ap.add_argument("--notes")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    payload = build_payload(a)
    if a.dry_run:
        print(json.dumps(payload, indent=2))
        return
    url = os.environ.get("SLACK_WEBHOOK_URL", "")
    if not url.startswith("https://hooks.slack.com/"):
        sys.exit("SLACK_WEBHOOK_URL is not set or is not a Slack webhook URL")
    status, body = post(url, payload)
    if status == 200:
        print("posted to Slack")
    else:
        sys.exit(f"Slack returned {status}: {body[:200]}")


if __name__ == "__main__":
    main()
