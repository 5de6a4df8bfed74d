#!/usr/bin/env python3
"""Send a newsletter via SendGrid v3 (dry run unless --send)."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request

API = "https://api.sendgrid.com/v3/mail/send"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def md_to_html(md: str) -> str:
    """Very small Markdown subset: headings, paragraphs, links, bold."""
    out = []
    for block in re.split(r"\n\s*\n", md.strip()):
        b = html.escape(block)
        b = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", b)
        b = re.sub(r"\[(.+?)\]\((https?://[^)\s]+)\)", r'<a href="\2">\1</a>', b)
        m = re.match(r"^(#{1,3}) (.*)", b)
        out.append(f"<h{len(m[1])}>{m[2]}</h{len(m[1])}>" if m else f"<p>{b}</p>")
    return "\n".join(out)


def load_recipients(path: str) -> tuple[list[dict], int]:
    ok, skipped = [], 0
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("subscribed", "").strip().lower() == "yes" and EMAIL.match(row["email"].strip()):
                ok.append({"email": row["email"].strip(), "name": row.get("name", "").strip()})
            else:
                skipped += 1
    return ok, skipped


def send_one(key, sender, subject, to, body_html, unsub):
    payload = {
        "personalizations": [{"to": [{"email": to["email"], "name": to["name"] or None}]}],
        "from": {"email": sender},
        "subject": subject,
        "content": [{"type": "text/html", "value": body_html}],
        "headers": {"List-Unsubscribe": f"<{unsub}>"} if unsub else {},
    }
    req = urllib.request.Request(API, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Authorization": f"Bearer {key}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", required=True)
    ap.add_argument("--body", required=True)
    ap.add_argument("--subject", required=True)
    ap.add_argument("--from", dest="sender", required=True)
    ap.add_argument("--unsubscribe-url", default="")
    ap.add_argument("--test-to")
    ap.add_argument("--send", action="store_true")
    a = ap.parse_args()

    recipients, skipped = load_recipients(a.list)
    if a.test_to:
        recipients = [{"email": a.test_to, "name": "Test"}]
    template = open(a.body, encoding="utf-8").read()
    footer = f'\n\n[Unsubscribe]({a.unsubscribe_url})' if a.unsubscribe_url else ""

    print(f"{len(recipients)} recipient(s), {skipped} skipped (unsubscribed/invalid)")
    if recipients:
        first = md_to_html(template.replace("{{name}}", recipients[0]["name"] or "there") + footer)
        print("--- first message preview ---\n" + first[:1500])
    if not a.send:
        print("\nDry run. Nothing sent.")
        return 0

    key = os.environ.get("SENDGRID_API_KEY") or sys.exit("SENDGRID_API_KEY not set")
    if not a.test_to:
        if not a.unsubscribe_url:
            sys.exit("--unsubscribe-url is required for bulk sends")
        if not sys.stdin.isatty():
            sys.exit("bulk send must be confirmed at an interactive terminal")
        if input(f"Type 'SEND {len(recipients)}' to send: ").strip() != f"SEND {len(recipients)}":
            print("Aborted. Nothing sent.")
            return 1

    with open("send-report.csv", "a", newline="", encoding="utf-8") as rep:
        w = csv.writer(rep)
        for to in recipients:
            body = md_to_html(template.replace("{{name}}", to["name"] or "there") + footer)
            try:
                status = send_one(key, a.sender, a.subject, to, body, a.unsubscribe_url)
            except urllib.error.HTTPError as e:
                w.writerow([to["email"], e.code, dt.datetime.now().isoformat()])
                print(f"stopping: SendGrid returned {e.code} for {to['email']}", file=sys.stderr)
                return 1
            w.writerow([to["email"], status, dt.datetime.now().isoformat()])
            time.sleep(0.2)
    print("done; see send-report.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
