#!/usr/bin/env python3
"""Draft -> approve -> send, with approval bound to a content hash."""
from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import mimetypes
import os
import re
import secrets
import sys
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

OUTBOX = Path(os.environ.get("OUTBOX_DIR", "outbox"))
SENT = OUTBOX / "sent"
SENDGRID_URL = "https://api.sendgrid.com/v3/mail/send"
MAX_RECIPIENTS = 10
MAX_ATTACH_BYTES = 10 * 1024 * 1024
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(d: dict) -> str:
    payload = {k: d[k] for k in ("to", "cc", "bcc", "subject", "body", "attachments")}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def path_for(draft_id: str) -> Path:
    if not re.fullmatch(r"[a-f0-9]{8}", draft_id):
        sys.exit(f"bad draft id {draft_id!r}")
    return OUTBOX / f"{draft_id}.json"


def load(draft_id: str) -> dict:
    p = path_for(draft_id)
    if not p.exists():
        sys.exit(f"no draft {draft_id} (already sent? see outbox/sent/)")
    return json.loads(p.read_text())


def save(d: dict) -> None:
    OUTBOX.mkdir(exist_ok=True)
    path_for(d["id"]).write_text(json.dumps(d, indent=2))


def md_to_html(md: str) -> str:
    out = []
    for para in re.split(r"\n\s*\n", md.strip()):
        p = html.escape(para)
        p = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", p)
        p = re.sub(r"\[(.+?)\]\((https?://[^\s)]+)\)", r'<a href="\2">\1</a>', p)
        if all(l.lstrip().startswith(("- ", "* ")) for l in p.splitlines()):
            items = "".join(f"<li>{l.lstrip()[2:]}</li>" for l in p.splitlines())
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + p.replace("\n", "<br>") + "</p>")
    return "\n".join(out)


def render(d: dict) -> str:
    lines = [f"Draft {d['id']}  ({'APPROVED by ' + d['approval']['by'] if d.get('approval') else 'not approved'})",
             f"To:      {', '.join(d['to'])}"]
    if d["cc"]:
        lines.append(f"Cc:      {', '.join(d['cc'])}")
    if d["bcc"]:
        lines.append(f"Bcc:     {', '.join(d['bcc'])}")
    lines.append(f"Subject: {d['subject']}")
    if d["attachments"]:
        lines.append("Attach:  " + ", ".join(Path(a).name for a in d["attachments"]))
    lines += ["-" * 60, d["body"].rstrip(), "-" * 60]
    return "\n".join(lines)


def check_recipients(to, cc, bcc):
    allr = to + cc + bcc
    bad = [a for a in allr if not EMAIL_RE.match(a)]
    if bad:
        sys.exit(f"invalid address(es): {', '.join(bad)}")
    if len(allr) > MAX_RECIPIENTS:
        sys.exit(f"{len(allr)} recipients; max {MAX_RECIPIENTS}")
    if not to:
        sys.exit("need at least one --to")


def cmd_draft(a):
    to, cc, bcc = a.to or [], a.cc or [], a.bcc or []
    check_recipients(to, cc, bcc)
    atts = [str(Path(p).resolve()) for p in (a.attach or [])]
    if sum(Path(p).stat().st_size for p in atts) > MAX_ATTACH_BYTES:
        sys.exit("attachments exceed 10 MB")
    d = {"id": secrets.token_hex(4), "created": now(), "to": to, "cc": cc, "bcc": bcc,
         "subject": a.subject, "body": Path(a.body_file).read_text(), "attachments": atts, "approval": None}
    save(d)
    print(render(d))


def cmd_edit(a):
    d = load(a.id)
    if a.subject:
        d["subject"] = a.subject
    if a.body_file:
        d["body"] = Path(a.body_file).read_text()
    if a.to:
        check_recipients(a.to, d["cc"], d["bcc"])
        d["to"] = a.to
    d["approval"] = None
    save(d)
    print(render(d))
    print("\n(approval cleared - show the new version to the user)")


def cmd_approve(a):
    d = load(a.id)
    d["approval"] = {"by": a.by, "at": now(), "hash": content_hash(d)}
    save(d)
    print(f"approved {d['id']} ({d['approval']['hash'][:12]})")


def cmd_send(a):
    d = load(a.id)
    appr = d.get("approval")
    if not appr:
        sys.exit(f"draft {d['id']} has not been approved; show it to the user first")
    if appr["hash"] != content_hash(d):
        sys.exit(f"draft {d['id']} changed after approval; re-approve it")
    key = os.environ.get("SENDGRID_API_KEY")
    sender = os.environ.get("OUTBOX_FROM")
    if not key or not sender:
        sys.exit("SENDGRID_API_KEY and OUTBOX_FROM must be set")

    personalization = {"to": [{"email": x} for x in d["to"]]}
    if d["cc"]:
        personalization["cc"] = [{"email": x} for x in d["cc"]]
    if d["bcc"]:
        personalization["bcc"] = [{"email": x} for x in d["bcc"]]
    payload = {
        "personalizations": [personalization],
        "from": {"email": sender, "name": os.environ.get("OUTBOX_FROM_NAME", "")} if os.environ.get("OUTBOX_FROM_NAME") else {"email": sender},
        "subject": d["subject"],
        "content": [{"type": "text/plain", "value": d["body"]},
                    {"type": "text/html", "value": md_to_html(d["body"])}],
        "custom_args": {"outbox_draft": d["id"]},
    }
    if d["attachments"]:
        payload["attachments"] = [{
            "content": base64.b64encode(Path(p).read_bytes()).decode(),
            "filename": Path(p).name,
            "type": mimetypes.guess_type(p)[0] or "application/octet-stream",
            "disposition": "attachment",
        } for p in d["attachments"]]

    req = urllib.request.Request(
        SENDGRID_URL, data=json.dumps(payload).encode(), method="POST",
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            msg_id = resp.headers.get("X-Message-Id", "")
    except urllib.error.HTTPError as e:
        sys.exit(f"SendGrid {e.code}: {e.read().decode(errors='replace')}")

    d["sent"] = {"at": now(), "message_id": msg_id}
    SENT.mkdir(parents=True, exist_ok=True)
    (SENT / f"{d['id']}.json").write_text(json.dumps(d, indent=2))
    path_for(d["id"]).unlink()
    print(f"sent {d['id']} to {', '.join(d['to'])} (message id {msg_id})")


def cmd_list(_a):
    for p in sorted(OUTBOX.glob("*.json")):
        d = json.loads(p.read_text())
        state = "approved" if d.get("approval") and d["approval"]["hash"] == content_hash(d) else "draft"
        print(f"{d['id']}  {state:8}  {d['created']}  {d['subject'][:50]}  -> {', '.join(d['to'])}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("draft")
    p.add_argument("--to", action="append"); p.add_argument("--cc", action="append")
    p.add_argument("--bcc", action="append"); p.add_argument("--subject", required=True)
    p.add_argument("--body-file", required=True); p.add_argument("--attach", action="append")
    p.set_defaults(fn=cmd_draft)
    p = sub.add_parser("edit"); p.add_argument("id")
    p.add_argument("--to", action="append"); p.add_argument("--subject"); p.add_argument("--body-file")
    p.set_defaults(fn=cmd_edit)
    p = sub.add_parser("approve"); p.add_argument("id"); p.add_argument("--by", required=True)
    p.set_defaults(fn=cmd_approve)
    p = sub.add_parser("send"); p.add_argument("id"); p.set_defaults(fn=cmd_send)
    p = sub.add_parser("show"); p.add_argument("id"); p.set_defaults(fn=lambda a: print(render(load(a.id))))
    p = sub.add_parser("discard"); p.add_argument("id"); p.set_defaults(fn=lambda a: (path_for(a.id).unlink(), print("discarded")))
    sub.add_parser("list").set_defaults(fn=cmd_list)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
