#!/usr/bin/env python3
"""Send a report file to allow-listed recipients over SMTP+STARTTLS."""
from __future__ import annotations

import argparse
import html
import mimetypes
import os
import re
import smtplib
import ssl
import sys
from email.message import EmailMessage
from pathlib import Path

try:
    import tomllib  # 3.11+
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore

CONFIG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "report-mailer" / "config.toml"
SECRET_HINT = re.compile(r"(?i)(password|passwd|secret|api[_-]?key|token)\s*[:=]\s*\S{8,}|AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY")


def load_config() -> dict:
    if not CONFIG.exists():
        sys.exit(f"missing {CONFIG}; see SKILL.md")
    with CONFIG.open("rb") as fh:
        return tomllib.load(fh)


def smtp_password(username: str) -> str:
    try:
        import keyring  # type: ignore
        pw = keyring.get_password("report-mailer", username)
        if pw:
            return pw
    except Exception:
        pass
    pw = os.environ.get("REPORT_MAILER_PASSWORD")
    if not pw:
        sys.exit(f"no SMTP password: run `keyring set report-mailer {username}` or set REPORT_MAILER_PASSWORD")
    return pw


def md_to_html(md: str) -> str:
    out = []
    for line in md.splitlines():
        esc = html.escape(line)
        if m := re.match(r"^(#{1,4})\s+(.*)", line):
            n = len(m.group(1))
            out.append(f"<h{n}>{html.escape(m.group(2))}</h{n}>")
        elif line.startswith(("- ", "* ")):
            out.append(f"<li>{html.escape(line[2:])}</li>")
        elif line.strip():
            out.append(f"<p>{esc}</p>")
    body = "\n".join(out)
    body = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", body)
    return f"<html><body style='font-family:sans-serif'>{body}</body></html>"


def build(cfg: dict, path: Path, to: list[str], subject: str, attach: bool) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = cfg["from"]
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    text = path.read_text(encoding="utf-8", errors="replace") if not attach else ""
    if attach:
        msg.set_content(f"Attached: {path.name}")
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    else:
        msg.set_content(text)
        if path.suffix in {".md", ".markdown"}:
            msg.add_alternative(md_to_html(text), subtype="html")
        elif path.suffix in {".html", ".htm"}:
            msg.add_alternative(text, subtype="html")
    return msg


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("report")
    ap.add_argument("--to", action="append", required=True)
    ap.add_argument("--subject")
    ap.add_argument("--attach", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    cfg = load_config()
    allowed = {x.lower() for x in cfg.get("allowed_recipients", [])}
    bad = [r for r in a.to if r.lower() not in allowed]
    if bad:
        sys.exit(f"recipient(s) not in allowed_recipients: {', '.join(bad)}")

    path = Path(a.report)
    if path.suffix in {".md", ".txt", ".csv", ".html"} and SECRET_HINT.search(path.read_text(errors="ignore")):
        sys.exit("report looks like it contains credentials; refusing to send")

    msg = build(cfg, path, a.to, a.subject or f"Report: {path.stem}", a.attach)
    if a.dry_run:
        for k in ("From", "To", "Subject"):
            print(f"{k}: {msg[k]}")
        print(f"size: {len(msg.as_bytes())} bytes")
        return 0

    ctx = ssl.create_default_context()
    with smtplib.SMTP(cfg["smtp_host"], int(cfg.get("smtp_port", 587)), timeout=30) as s:
        s.starttls(context=ctx)
        s.login(cfg["username"], smtp_password(cfg["username"]))
        s.send_message(msg)
    print(f"sent {path.name} to {', '.join(a.to)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
