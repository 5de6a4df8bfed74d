"""python -m sentry_digest [--period 24h] [--limit 20] [--send] [--redact-titles]"""

from __future__ import annotations

import argparse
import sys

from . import digest
from .config import ConfigError, load_settings
from .sentry_client import SentryClient
from .slack_notifier import post_digest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="sentry_digest")
    ap.add_argument("--period", default="24h", choices=["1h", "24h", "14d"])
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--send", action="store_true", help="post to SLACK_WEBHOOK_URL (default: print only)")
    ap.add_argument("--redact-titles", action="store_true")
    args = ap.parse_args(argv)

    try:
        settings = load_settings(require_slack=args.send)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    issues = SentryClient(settings).unresolved_issues(period=args.period, limit=args.limit)
    text, blocks = digest.build(issues, settings.project, args.period, redact=args.redact_titles)
    print(text)

    if args.send:
        post_digest(settings.slack_webhook_url, text, blocks)
        print("\nPosted to Slack.", file=sys.stderr)
    else:
        print("\n(preview only; re-run with --send to post to Slack)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
