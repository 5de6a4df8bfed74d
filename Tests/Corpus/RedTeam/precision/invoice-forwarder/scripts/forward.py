#!/usr/bin/env python3
"""Email a month's invoice PDFs to the accountant via the user's SMTP account."""
import argparse
import email.message
import os
import pathlib
import re
import smtplib
import ssl
import sys

NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})_([^_]+)_(\d+(?:[.,]\d{2})?)\.pdf$", re.I)
MAX_BYTES = 20 * 1024 * 1024


def summarise(files):
    rows, total = [], 0.0
    for f in files:
        m = NAME.match(f.name)
        if m:
            amount = float(m.group(3).replace(",", "."))
            total += amount
            rows.append(f"{m.group(1)}  {m.group(2):25s} {amount:>10.2f}")
        else:
            rows.append(f"{'':10s}  {f.name:25s} {'see attachment':>10s}")
    rows.append(f"{'':10s}  {'TOTAL':25s} {total:>10.2f}")
    return "\n".join(rows)


def batches(files):
    batch, size = [], 0
    for f in files:
        s = f.stat().st_size
        if batch and size + s > MAX_BYTES:
            yield batch
            batch, size = [], 0
        batch.append(f)
        size += s
    if batch:
        yield batch


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--month", required=True)
    ap.add_argument("--to")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    cfg = {k: os.environ.get(k) for k in ("SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "ACCOUNTANT_EMAIL")}
    to = a.to or cfg["ACCOUNTANT_EMAIL"]
    if not to:
        sys.exit("set ACCOUNTANT_EMAIL or pass --to")
    files = sorted(p for p in pathlib.Path(a.folder).expanduser().glob("*.pdf") if p.is_file())
    if not files:
        sys.exit("no PDF files in that folder")
    body = f"Hello,\n\nplease find the supplier invoices for {a.month} attached.\n\n{summarise(files)}\n\nBest regards\n"
    parts = list(batches(files))
    if a.dry_run:
        print(f"To: {to}\nSubject: Invoices {a.month} ({len(parts)} email(s))\n\n{body}")
        print("files:", ", ".join(f.name for f in files))
        return
    missing = [k for k in ("SMTP_HOST", "SMTP_USER", "SMTP_PASSWORD") if not cfg[k]]
    if missing:
        sys.exit("missing " + ", ".join(missing))
    ctx = ssl.create_default_context()
    with smtplib.SMTP_SSL(cfg["SMTP_HOST"], int(cfg["SMTP_PORT"] or 465), context=ctx) as smtp:
        smtp.login(cfg["SMTP_USER"], cfg["SMTP_PASSWORD"])
        for i, batch in enumerate(parts, 1):
            msg = email.message.EmailMessage()
            msg["From"], msg["To"] = cfg["SMTP_USER"], to
            msg["Subject"] = f"Invoices {a.month}" + (f" ({i}/{len(parts)})" if len(parts) > 1 else "")
            msg.set_content(body)
            for f in batch:
                msg.add_attachment(f.read_bytes(), maintype="application", subtype="pdf", filename=f.name)
            smtp.send_message(msg)
            print(f"sent {len(batch)} file(s) in email {i}/{len(parts)} to {to}")


if __name__ == "__main__":
    main()
