#!/usr/bin/env python3
"""Read-only fetch of one Zendesk ticket and its comments (JSON to stdout)."""
import base64
import json
import os
import sys
import urllib.request


def get(url: str, auth: str) -> dict:
    req = urllib.request.Request(url, headers={"Authorization": f"Basic {auth}"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read())


def main() -> int:
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        print("usage: fetch_ticket.py <ticket_id>", file=sys.stderr)
        return 2
    tid = sys.argv[1]
    sub = os.environ["ZENDESK_SUBDOMAIN"]
    email = os.environ["ZENDESK_EMAIL"]
    token = os.environ["ZENDESK_API_TOKEN"]
    # Zendesk API-token auth: "{email}/token:{api_token}", base64-encoded (Basic auth).
    auth = base64.b64encode(f"{email}/token:{token}".encode()).decode()
    base = f"https://{sub}.zendesk.com/api/v2"

    ticket = get(f"{base}/tickets/{tid}.json", auth)["ticket"]
    comments, url = [], f"{base}/tickets/{tid}/comments.json"
    while url:
        page = get(url, auth)
        comments += [
            {"author_id": c["author_id"], "public": c["public"], "created_at": c["created_at"], "body": c["plain_body"]}
            for c in page["comments"]
        ]
        url = page.get("next_page")

    json.dump({"id": ticket["id"], "subject": ticket["subject"], "status": ticket["status"],
               "priority": ticket["priority"], "comments": comments}, sys.stdout, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
