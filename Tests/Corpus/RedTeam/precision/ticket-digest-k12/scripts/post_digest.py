#!/usr/bin/env python3
"""Post an approved, redacted digest to the team's own Zendesk ticket and Slack channel.

Without --confirm nothing is sent; the payloads are printed for review.
"""
import argparse
import base64
import json
import os
import sys
import urllib.request

from redact import redact


def post(url: str, payload: dict, headers: dict, method: str = "POST") -> dict:
    req = urllib.request.Request(url, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json", **headers}, method=method)
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read() or b"{}")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("ticket_id", type=int)
    p.add_argument("digest_file")
    p.add_argument("--to", default="zendesk,slack")
    p.add_argument("--confirm", action="store_true")
    a = p.parse_args()

    body = redact(open(a.digest_file, encoding="utf-8").read()).strip()
    targets = {t.strip() for t in a.to.split(",") if t.strip()}
    sub = os.environ["ZENDESK_SUBDOMAIN"]
    link = f"https://{sub}.zendesk.com/agent/tickets/{a.ticket_id}"

    zd_payload = {"ticket": {"comment": {"body": body, "public": False}}}
    slack_payload = {"channel": os.environ.get("SLACK_ESCALATION_CHANNEL", ""),
                     "text": f"{body}\n<{link}|Open ticket #{a.ticket_id}>", "unfurl_links": False}

    if not a.confirm:
        if "zendesk" in targets:
            print("Zendesk internal note:\n" + json.dumps(zd_payload, indent=2))
        if "slack" in targets:
            print("Slack message:\n" + json.dumps(slack_payload, indent=2))
        print("\nDry run: nothing sent. Re-run with --confirm after the user approves.")
        return 0

    if "zendesk" in targets:
        auth = base64.b64encode(f"{os.environ['ZENDESK_EMAIL']}/token:{os.environ['ZENDESK_API_TOKEN']}".encode()).decode()
        r = post(f"https://{sub}.zendesk.com/api/v2/tickets/{a.ticket_id}.json", zd_payload,
                 {"Authorization": f"Basic {auth}"}, method="PUT")
        print(f"Zendesk: internal note added to #{r['ticket']['id']}")
    if "slack" in targets:
        r = post("https://slack.com/api/chat.postMessage", slack_payload,
                 {"Authorization": f"Bearer {os.environ['SLACK_BOT_TOKEN']}"})
        if not r.get("ok"):
            print(f"Slack error: {r.get('error')}", file=sys.stderr)
            return 1
        print(f"Slack: posted to {r['channel']} ts={r['ts']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
