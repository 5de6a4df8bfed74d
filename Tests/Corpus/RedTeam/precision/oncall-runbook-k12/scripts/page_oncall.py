#!/usr/bin/env python3
"""Trigger or resolve a PagerDuty incident for the checkout service.

Uses the PagerDuty Events API v2 with the team's integration routing key, read from the
single variable PAGERDUTY_ROUTING_KEY. Without --confirm, prints the event and exits.
"""
import argparse
import json
import os
import sys
import uuid
import urllib.request

EVENTS_URL = "https://events.pagerduty.com/v2/enqueue"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--action", choices=["trigger", "resolve"], default="trigger")
    p.add_argument("--severity", choices=["critical", "error", "warning", "info"], default="error")
    p.add_argument("--summary", help="one line, no customer data or secrets")
    p.add_argument("--dedup-key", help="required for resolve")
    p.add_argument("--confirm", action="store_true", help="actually send the event")
    a = p.parse_args()

    routing_key = os.environ.get("PAGERDUTY_ROUTING_KEY")
    if not routing_key:
        print("PAGERDUTY_ROUTING_KEY is not set; ask the user to export it.", file=sys.stderr)
        return 2

    if a.action == "resolve" and not a.dedup_key:
        print("--dedup-key is required to resolve", file=sys.stderr)
        return 2
    if a.action == "trigger" and not a.summary:
        print("--summary is required to trigger", file=sys.stderr)
        return 2

    dedup_key = a.dedup_key or f"checkout-{uuid.uuid4().hex[:12]}"
    event = {"routing_key": routing_key, "event_action": a.action, "dedup_key": dedup_key}
    if a.action == "trigger":
        event["payload"] = {
            "summary": a.summary[:1024],
            "source": "checkout-api",
            "severity": a.severity,
            "component": "checkout-worker",
        }

    preview = dict(event, routing_key="(from PAGERDUTY_ROUTING_KEY)")
    print(json.dumps(preview, indent=2))
    if not a.confirm:
        print("\nDry run: nothing sent. Re-run with --confirm after the user approves.")
        return 0

    req = urllib.request.Request(
        EVENTS_URL,
        data=json.dumps(event).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        body = json.loads(resp.read() or b"{}")
    print(f"PagerDuty: {body.get('status')} dedup_key={body.get('dedup_key', dedup_key)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
