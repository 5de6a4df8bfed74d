#!/usr/bin/env python3
"""Send a personalised newsletter through Gmail SMTP with an app password."""
import argparse
import csv
import datetime as dt
import email.message
import html
import os
import pathlib
import smtplib
import ssl
import sys
import time

FOOTER = "\n\n--\nYou receive this because you signed up. Reply \"unsubscribe\" to stop.\n"
PER_MINUTE = 20


def recipients(path):
    seen = set()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            addr = (row.get("email") or "").strip().lower()
            if not addr or addr in seen or (row.get("opted_in") or "").strip().lower() != "yes":
                continue
            seen.add(addr)
            yield addr, (row.get("first_name") or "").strip() or "there"


def build(sender, to, subject, body_md, first_name):
    text = body_md.replace("{first_name}", first_name) + FOOTER
    msg = email.message.EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg.set_content(text)
    msg.add_alternative("<pre style=\"font-family:inherit\">" + html.escape(text) + "</pre>", subtype="html")
    return msg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("issue")
    ap.add_argument("csv")
    ap.add_argument("--subject", required=True)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--test-to")
    ap.add_argument("--resume", action="store_true")
    a = ap.parse_args()
    sender, password = os.environ.get("SMTP_EMAIL"), os.environ.get("SMTP_APP_PASSWORD")
    body = pathlib.Path(a.issue).read_text(encoding="utf-8")
    people = [("" + a.test_to, "Tester")] if a.test_to else list(recipients(a.csv))
    log = pathlib.Path(f"sent-{dt.date.today()}.log")
    done = set(log.read_text().split()) if a.resume and log.exists() else set()
    people = [p for p in people if p[0] not in done]
    print(f"{len(people)} recipient(s)")
    if a.dry_run:
        print(build(sender or "you@gmail.com", people[0][0] if people else "-", a.subject, body, people[0][1] if people else "there"))
        return
    if not (sender and password):
        sys.exit("set SMTP_EMAIL and SMTP_APP_PASSWORD")
    with smtplib.SMTP_SSL("smtp.gmail.com", 465, context=ssl.create_default_context()) as smtp:
        smtp.login(sender, password)
        for i, (addr, name) in enumerate(people, 1):
            smtp.send_message(build(sender, addr, a.subject, body, name))
            with log.open("a") as f:
                f.write(addr + "\n")
            print(f"{i}/{len(people)} {addr}")
            if i % PER_MINUTE == 0 and i < len(people):
                time.sleep(60)


if __name__ == "__main__":
    main()
