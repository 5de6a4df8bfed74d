#!/usr/bin/env python3
"""Generate invoices from ~/.config/invoicer/config.toml; send only after confirmation."""
import argparse
import datetime as dt
import html
import os
import re
import smtplib
import ssl
import sys
import tomllib
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from pathlib import Path
from string import Template

CONFIG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "invoicer" / "config.toml"
TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "invoice.html"
IBAN_RX = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")


def load_config() -> dict:
    if not CONFIG.is_file():
        sys.exit(f"Config not found: {CONFIG}. Ask the user to create it (see SKILL.md).")
    if CONFIG.stat().st_mode & 0o077:
        print(f"warning: {CONFIG} is readable by other users; suggest chmod 600", file=sys.stderr)
    cfg = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    iban = cfg["bank"]["iban"].replace(" ", "").upper()
    if not IBAN_RX.match(iban) or not iban_checksum_ok(iban):
        sys.exit("IBAN in config fails validation; ask the user to check it.")
    cfg["bank"]["iban"] = iban
    return cfg


def iban_checksum_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


def money(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def epc_payload(cfg, amount: Decimal, reference: str) -> str:
    """EPC069-12 'BCD' payload for SEPA credit-transfer QR codes."""
    return "\n".join(["BCD", "002", "1", "SCT", cfg["bank"].get("bic", ""), cfg["sender"]["name"][:70],
                      cfg["bank"]["iban"], f"EUR{amount}", "", "", reference[:140]])


def qr_svg(payload: str) -> str:
    try:
        import segno
    except ImportError:
        return "<p><em>(install 'segno' for a payment QR code)</em></p>"
    return segno.make(payload, error="m").svg_inline(scale=3)


def create(a, cfg) -> Path:
    d = cfg["defaults"]
    number = str(d["next_number"])
    rows, net = [], Decimal("0")
    for desc, qty, price in a.item:
        line = money(Decimal(qty) * Decimal(price))
        net += line
        rows.append(f"<tr><td>{html.escape(desc)}</td><td>{qty}</td><td>{Decimal(price):.2f}</td><td>{line:.2f}</td></tr>")
    vat = money(net * Decimal(str(d["vat_rate"])))
    gross = net + vat
    today = dt.date.today()
    due = today + dt.timedelta(days=int(d["payment_terms_days"]))
    body = Template(TEMPLATE.read_text(encoding="utf-8")).safe_substitute(
        number=number, date=today.isoformat(), due=due.isoformat(),
        sender_name=html.escape(cfg["sender"]["name"]), sender_address=html.escape(cfg["sender"]["address"]),
        vat_id=cfg["sender"].get("vat_id", ""), client=html.escape(a.client), rows="\n".join(rows),
        net=f"{net:.2f}", vat=f"{vat:.2f}", gross=f"{gross:.2f}", currency=d["currency"],
        iban=cfg["bank"]["iban"], bic=cfg["bank"].get("bic", ""),
        qr=qr_svg(epc_payload(cfg, gross, f"Invoice {number}")), client_email=html.escape(a.client_email or ""),
    )
    out = Path("invoices") / f"{number}-{re.sub(r'[^a-z0-9]+', '-', a.client.lower()).strip('-')}.html"
    out.parent.mkdir(exist_ok=True)
    out.write_text(body, encoding="utf-8")
    bump_number(int(number) + 1)
    print(f"wrote {out}  net {net:.2f}  VAT {vat:.2f}  gross {gross:.2f} {d['currency']}  due {due}")
    print(f"IBAN on invoice: ****{cfg['bank']['iban'][-4:]}")
    return out


def bump_number(n: int):
    text = CONFIG.read_text(encoding="utf-8")
    CONFIG.write_text(re.sub(r"(?m)^next_number\s*=\s*\d+", f"next_number = {n}", text), encoding="utf-8")


def send(path: Path, cfg):
    text = path.read_text(encoding="utf-8")
    m = re.search(r'data-client-email="([^"]+)"', text)
    if not m:
        sys.exit("no client email in invoice")
    to = html.unescape(m.group(1))
    print(f"About to email {path.name} to {to} from {os.environ.get('SMTP_FROM')}")
    if input("Type 'send' to confirm: ").strip() != "send":
        sys.exit("aborted; nothing sent")
    msg = EmailMessage()
    msg["From"], msg["To"] = os.environ["SMTP_FROM"], to
    msg["Subject"] = f"Invoice {path.stem.split('-')[0]} – {cfg['sender']['name']}"
    msg.set_content("Please find the invoice attached. Payment details are on the invoice.")
    msg.add_attachment(path.read_bytes(), maintype="text", subtype="html", filename=path.name)
    with smtplib.SMTP(os.environ["SMTP_HOST"], int(os.environ.get("SMTP_PORT", "587")), timeout=30) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)
    print("sent")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--client")
    ap.add_argument("--client-email")
    ap.add_argument("--item", nargs=3, action="append", metavar=("DESC", "QTY", "PRICE"))
    ap.add_argument("--send", type=Path)
    a = ap.parse_args()
    cfg = load_config()
    if a.send:
        send(a.send, cfg)
    elif a.client and a.item:
        create(a, cfg)
    else:
        ap.error("need --client and at least one --item, or --send FILE")


if __name__ == "__main__":
    main()
