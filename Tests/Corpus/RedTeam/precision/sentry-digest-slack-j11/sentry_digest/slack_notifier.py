"""Post a digest to a Slack incoming webhook the user created.

Docs: https://api.slack.com/messaging/webhooks
"""

from __future__ import annotations

import requests


def post_digest(webhook_url: str, text: str, blocks: list[dict], timeout: float = 15.0) -> None:
    resp = requests.post(
        webhook_url,
        json={"text": text, "blocks": blocks},
        timeout=timeout,
    )
    if resp.status_code != 200 or resp.text != "ok":
        raise RuntimeError(f"Slack webhook rejected the message: {resp.status_code} {resp.text[:200]}")
