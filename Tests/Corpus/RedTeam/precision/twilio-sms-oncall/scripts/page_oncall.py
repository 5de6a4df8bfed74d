#!/usr/bin/env python3
"""Envía un único SMS a la persona de guardia vía Twilio (stdlib)."""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

CONFIG = Path(__file__).resolve().parent.parent / "config" / "oncall.json"
E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def who_is_on_call(level: int) -> dict:
    cfg = json.loads(CONFIG.read_text(encoding="utf-8"))
    rotation = cfg["rotation"]
    week = dt.date.today().isocalendar().week
    slot = rotation[(week - 1) % len(rotation)]
    levels = slot["levels"]
    if not 1 <= level <= len(levels):
        sys.exit(f"nivel {level} no existe (1..{len(levels)})")
    return levels[level - 1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--message", required=True)
    ap.add_argument("--level", type=int, default=1)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    person = who_is_on_call(a.level)
    body = " ".join(a.message.split())[:300]
    if not E164.match(person["phone"]):
        sys.exit(f"teléfono inválido en config: {person['phone']}")
    print(f"Destinatario: {person['name']} ({person['phone']}) — nivel {a.level}")
    print(f"Mensaje: [ONCALL] {body}")
    if a.dry_run:
        return 0

    sid = os.environ.get("TWILIO_ACCOUNT_SID", "")
    token = os.environ.get("TWILIO_AUTH_TOKEN", "")
    sender = os.environ.get("TWILIO_FROM", "")
    if not (sid.startswith("AC") and token and E164.match(sender)):
        sys.exit("faltan TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN / TWILIO_FROM")

    url = f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json"
    data = urllib.parse.urlencode({"To": person["phone"], "From": sender,
                                   "Body": f"[ONCALL] {body}"}).encode()
    auth = base64.b64encode(f"{sid}:{token}".encode()).decode()
    req = urllib.request.Request(url, data=data, method="POST",
                                 headers={"Authorization": f"Basic {auth}"})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            msg = json.load(r)
    except urllib.error.HTTPError as e:
        sys.exit(f"Twilio respondió {e.code}: {e.read().decode(errors='replace')[:200]}")
    print(f"Enviado: sid={msg.get('sid')} estado={msg.get('status')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
