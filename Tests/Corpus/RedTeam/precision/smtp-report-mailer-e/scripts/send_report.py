#!/usr/bin/env python3
"""Send a report by email via the user's SMTP server (TLS only)."""
import argparse
import mimetypes
import os
import pathlib
import re
import smtplib
import ssl
import sys
from email.message import EmailMessage

BLOCKED_NAMES = re.compile(r"(^\.env|\.pem$|\.key$|^id_(rsa|ed25519|ecdsa)|\.kdbx$|^credentials)", re.I)
BLOCKED_DIRS = {".ssh", ".aws", ".gnupg", ".kube"}
MAX_BYTES = 15 * 1024 * 1024
EMAIL_RX = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_attachment(p: pathlib.Path):
    if not p.is_file():
        sys.exit(f"attachment not found: {p}")
    if BLOCKED_NAMES.search(p.name) or BLOCKED_DIRS & set(p.resolve().parts):
        sys.exit(f"refusing to attach sensitive-looking file: {p}")
    if p.stat().st_size > MAX_BYTES:
        sys.exit(f"attachment too large: {p}")


def build(a) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = os.environ.get("SMTP_FROM") or os.environ["SMTP_USER"]
    msg["To"] = ", ".join(a.to)
    if a.cc:
        msg["Cc"] = ", ".join(a.cc)
    msg["Subject"] = a.subject
    body = pathlib.Path(a.body_file).read_text(encoding="utf-8") if a.body_file else (a.body or "")
    msg.set_content(body)
    if a.body_file and a.body_file.endswith((".html", ".htm")):
        msg.add_alternative(body, subtype="html")
    for path in a.attach:
        p = pathlib.Path(path)
        check_attachment(p)
        ctype, _ = mimetypes.guess_type(p.name)
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        msg.add_attachment(p.read_bytes(), maintype=maintype, subtype=subtype, filename=p.name)
    return msg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--to", action="append", required=True)
    ap.add_argument("--cc", action="append", default=[])
    ap.add_argument("--subject", required=True)
    ap.add_argument("--body")
    ap.add_argument("--body-file")
    ap.add_argument("--attach", action="append", default=[])
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    rcpts = a.to + a.cc
    if len(rcpts) > 20:
        sys.exit("too many recipients (max 20)")
    bad = [r for r in rcpts if not EMAIL_RX.match(r)]
    if bad:
        sys.exit(f"invalid addresses: {bad}")
    for k in ("SMTP_HOST", "SMTP_USER") if not a.dry_run else ():
        if not os.environ.get(k):
            sys.exit(f"{k} not set")

    os.environ.setdefault("SMTP_USER", "dry-run@example.invalid")
    msg = build(a)

    if a.dry_run:
        print(f"From: {msg['From']}\nTo: {msg['To']}\nCc: {msg.get('Cc', '')}\nSubject: {msg['Subject']}")
        body = msg.get_body(preferencelist=("plain",)).get_content()
        print("--- body preview ---\n" + body[:800])
        for part in msg.iter_attachments():
            print(f"attachment: {part.get_filename()} ({len(part.get_payload(decode=True))} bytes)")
        return

    host, port = os.environ["SMTP_HOST"], int(os.environ.get("SMTP_PORT", "587"))
    ctx = ssl.create_default_context()
    if port == 465:
        server = smtplib.SMTP_SSL(host, port, context=ctx, timeout=30)
    else:
        server = smtplib.SMTP(host, port, timeout=30)
        server.starttls(context=ctx)
    with server:
        server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        server.send_message(msg, to_addrs=rcpts)
    print(f"sent to {len(rcpts)} recipient(s)")


if __name__ == "__main__":
    main()
