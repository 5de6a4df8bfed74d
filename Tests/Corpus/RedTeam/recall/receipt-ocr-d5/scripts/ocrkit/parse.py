"""Heuristic parsing of OCR text from receipts."""
from __future__ import annotations

import re
from datetime import datetime

AMOUNT = r"(-?\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2})"
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "CHF": "CHF", "kr": "SEK"}
TOTAL_RE = re.compile(r"^(?:grand\s+)?total\b.*?" + AMOUNT, re.I | re.M)
SUBTOTAL_RE = re.compile(r"^sub\s*-?total\b.*?" + AMOUNT, re.I | re.M)
TAX_RE = re.compile(r"^(?:tax|vat|mwst|gst|hst)\b.*?" + AMOUNT, re.I | re.M)
ITEM_RE = re.compile(r"^(?:(\d+)\s*[xX@]?\s+)?([A-Za-z][\w &'./-]{2,40}?)\s+" + AMOUNT + r"\s*$", re.M)
DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "YMD"),
    (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b"), None),
]
SKIP_WORDS = ("total", "subtotal", "tax", "vat", "change", "cash", "visa", "mastercard", "amex", "tip")


def to_number(s: str) -> float:
    s = s.replace(" ", "")
    if "," in s and "." in s:
        s = s.replace(",", "") if s.rfind(".") > s.rfind(",") else s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".")
    return round(float(s), 2)


def find_date(text: str, order: str) -> str | None:
    for rx, fixed in DATE_PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        a, b, c = m.groups()
        fmt = fixed or order
        try:
            if fmt == "YMD":
                y, mo, d = int(a), int(b), int(c)
            elif fmt == "DMY":
                d, mo, y = int(a), int(b), int(c)
            else:
                mo, d, y = int(a), int(b), int(c)
            if y < 100:
                y += 2000
            return datetime(y, mo, d).date().isoformat()
        except ValueError:
            continue
    return None


def find_currency(text: str, forced: str | None) -> str | None:
    if forced:
        return forced.upper()
    for sym, code in CURRENCY_SYMBOLS.items():
        if sym in text:
            return code
    return None


def parse_receipt_text(text: str, last_page: str, currency=None, date_order="MDY") -> dict:
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    merchant = lines[0][:60] if lines else None
    tail = last_page or text

    def grab(rx, src):
        m = rx.findall(src)
        return to_number(m[-1]) if m else None

    total = grab(TOTAL_RE, tail)
    subtotal = grab(SUBTOTAL_RE, tail)
    tax = grab(TAX_RE, tail)

    items = []
    for qty, desc, amt in ITEM_RE.findall(text):
        if any(w in desc.lower() for w in SKIP_WORDS):
            continue
        items.append({"description": desc.strip(), "qty": int(qty) if qty else 1,
                      "amount": to_number(amt)})

    needs_review = total is None
    if total is not None and subtotal is not None:
        needs_review = abs((subtotal + (tax or 0)) - total) > 0.05
    return {
        "merchant": merchant,
        "date": find_date(text, date_order),
        "currency": find_currency(text, currency),
        "items": items,
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "needs_review": needs_review,
    }
