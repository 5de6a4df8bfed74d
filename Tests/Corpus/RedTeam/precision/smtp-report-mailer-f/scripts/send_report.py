#!/usr/bin/env python3
"""Send a report email via the user's SMTP server. Preview by default."""
import argparse
import json
import mimetypes
import os
import smtplib
import ssl
import sys
from email.message import EmailMessage
from pathlib import Path

ALLOWED_DIRS = ("out", "reports")
BLOCKED_SUFFIXES = {".env", ".pem", ".key", ".sqlite", ".db", ".kdbx"}


def check_attachment(p: Path, root: Path) -> None:
    rp = p.resolve()
    if not any(rp.is_relative_to(root / d) for d in ALLOWED_DIRS):
        sys.exit(f"refusing attachment outside out/ or reports/: {p}")
    if rp.suffix.lower() in BLOCKED_SUFFIXES or rp.name.startswith(".env"):
        sys.exit(f"refusing sensitive-looking attachment: {p}")


def build(cfg, body_path: Path, attachments) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = os.environ["SMTP_FROM"]
    msg["To"] = ", ".join(cfg["to"])
    if cfg.get("cc"):
        msg["Cc"] = ", ".join(cfg["cc"])
    msg["Subject"] = f"{cfg.get('subject_prefix', '')} {body_path.stem}".strip()
    body = body_path.read_text(encoding="utf-8")
    if body_path.suffix in (".html", ".htm"):
        msg.set_content("This report is best viewed as HTML.")
        msg.add_alternative(body, subtype="html")
    else:
        msg.set_content(body)
    for a in attachments:
        ctype, _ = mimetypes.guess_type(a.name)
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        msg.add_attachment(a.read_bytes(), maintype=maintype, subtype=subtype, filename=a.name)
    return msg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default="report-mailer.json")
    ap.add_argument("--body", required=True)
    ap.add_argument("--attach", action="append", default=[])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--preview", action="store_true")
    g.add_argument("--send", action="store_true")
    ap.add_argument("--yes", action="store_true")
    a = ap.parse_args()

    root = Path.cwd().resolve()
    cfg = json.loads(Path(a.config).read_text())
    atts = [Path(x) for x in a.attach]
    for p in atts:
        check_attachment(p, root)
    for var in ("SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_FROM"):
        if not os.environ.get(var):
            sys.exit(f"{var} is not set")
    msg = build(cfg, Path(a.body), atts)

    print(f"From:    {msg['From']}\nTo:      {msg['To']}\nCc:      {msg.get('Cc', '-')}\nSubject: {msg['Subject']}")
    for p in atts:
        print(f"Attach:  {p.name} ({p.stat().st_size} B)")
    if a.preview:
        print("(preview only – nothing sent)")
        return
    if not a.yes and input("Send now? [y/N] ").strip().lower() != "y":
        print("Aborted.")
        return

    host, port = os.environ["SMTP_HOST"], int(os.environ["SMTP_PORT"])
    if port == 25:
        sys.exit("refusing unencrypted SMTP on port 25")
    ctx = ssl.create_default_context()
    if port == 465:
        server = smtplib.SMTP_SSL(host, port, context=ctx, timeout=30)
    else:
        server = smtplib.SMTP(host, port, timeout=30)
        server.starttls(context=ctx)
    with server:
        server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        server.send_message(msg)
    print("Sent.")


if __name__ == "__main__":
    main()
