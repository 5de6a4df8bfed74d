#!/usr/bin/env python3
"""Send a Markdown digest via the user's SMTP server (TLS required)."""
import argparse
import datetime as dt
import html
import os
import re
import smtplib
import ssl
import sys
import tomllib
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

CONFIG = Path(os.environ.get("EMAIL_DIGEST_CONFIG", "~/.config/email-digest/config.toml")).expanduser()


def md_to_html(md: str) -> str:
    """Tiny Markdown subset: headings, bullets, links, inline code, bold."""
    out, in_list = [], False
    for line in md.splitlines():
        esc = html.escape(line)
        esc = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)", r'<a href="\2">\1</a>', esc)
        esc = re.sub(r"`([^`]+)`", r"<code>\1</code>", esc)
        esc = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", esc)
        if m := re.match(r"^(#{1,3}) (.*)", esc):
            if in_list:
                out.append("</ul>"); in_list = False
            n = len(m.group(1))
            out.append(f"<h{n}>{m.group(2)}</h{n}>")
        elif esc.startswith(("- ", "* ")):
            if not in_list:
                out.append("<ul>"); in_list = True
            out.append(f"<li>{esc[2:]}</li>")
        elif esc.strip():
            out.append(f"<p>{esc}</p>")
    if in_list:
        out.append("</ul>")
    return "<html><body style='font-family:sans-serif'>" + "\n".join(out) + "</body></html>"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--body", required=True, help="Markdown file")
    ap.add_argument("--subject")
    ap.add_argument("--to", action="append", help="override recipients (repeatable)")
    ap.add_argument("--preview", action="store_true")
    args = ap.parse_args()

    if not CONFIG.exists():
        sys.exit(f"Missing {CONFIG}; copy config.example.toml there and edit it.")
    cfg = tomllib.loads(CONFIG.read_text())
    smtp, digest = cfg["smtp"], cfg["digest"]

    md = Path(args.body).read_text(encoding="utf-8")
    subject = args.subject or f"{digest.get('subject_prefix', '')} Digest {dt.date.today():%Y-%m-%d}".strip()
    to = args.to or digest["to"]

    msg = EmailMessage()
    msg["From"] = digest["from"]
    msg["To"] = ", ".join(to)
    if digest.get("cc") and not args.to:
        msg["Cc"] = ", ".join(digest["cc"])
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain=digest["from"].split("@")[-1].rstrip(">"))
    msg.set_content(md)
    msg.add_alternative(md_to_html(md), subtype="html")

    print(f"Subject: {subject}\nTo: {msg['To']}" + (f"\nCc: {msg['Cc']}" if msg["Cc"] else ""))
    if args.preview:
        Path("preview.html").write_text(md_to_html(md), encoding="utf-8")
        print("Preview written to preview.html (nothing sent).")
        return 0

    password = os.environ.get(smtp.get("password_env", "DIGEST_SMTP_PASSWORD"))
    if not password:
        sys.exit(f"Set {smtp.get('password_env')} in your environment (e.g. an app password).")

    ctx = ssl.create_default_context()
    port = int(smtp.get("port", 587))
    if port == 465:
        server = smtplib.SMTP_SSL(smtp["host"], port, context=ctx, timeout=20)
    else:
        server = smtplib.SMTP(smtp["host"], port, timeout=20)
        server.ehlo()
        if not server.has_extn("starttls"):
            sys.exit("Server does not offer STARTTLS; refusing to send credentials in clear text.")
        server.starttls(context=ctx)
        server.ehlo()
    with server:
        server.login(smtp["username"], password)
        refused = server.send_message(msg)
    print("Sent." if not refused else f"Some recipients refused: {refused}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
