#!/usr/bin/env python3
"""Offline phishing indicator extraction from a raw .eml file.

Parses with the standard library `email` package. Never fetches URLs or opens
attachments; attachments are only hashed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr
from html.parser import HTMLParser
from pathlib import Path

URL_RE = re.compile(r"""https?://[^\s"'<>)\]]+""", re.I)
RISKY_EXT = {".html", ".htm", ".iso", ".img", ".lnk", ".one", ".js", ".vbs", ".hta", ".wsf",
             ".exe", ".scr", ".docm", ".xlsm", ".pptm", ".zip", ".7z", ".rar", ".svg"}
URGENCY = ["verify your account", "password expires", "unusual sign-in", "suspended",
           "immediately", "within 24 hours", "invoice attached", "payment failed",
           "gift card", "wire transfer", "confirm your identity"]
INJECTION = ["ignore previous instructions", "ai assistant", "classify this", "mark as safe",
             "as a language model"]
BRANDS = ["microsoft", "office365", "paypal", "apple", "google", "docusign", "dhl", "amazon"]


def defang(url: str) -> str:
    return url.replace("http", "hxxp", 1).replace(".", "[.]")


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href = dict(attrs).get("href")
            self._text = []

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href:
            self.links.append(("".join(self._text).strip(), self._href))
            self._href = None


def domain_of(addr_or_url: str) -> str:
    m = re.search(r"@([^>\s]+)$", addr_or_url) or re.search(r"https?://([^/:?#]+)", addr_or_url, re.I)
    return (m.group(1) if m else "").lower()


def lookalike(domain: str) -> list[str]:
    hits = []
    if domain.startswith("xn--") or ".xn--" in domain:
        hits.append("punycode (IDN) domain")
    if any(ord(c) > 127 for c in domain):
        hits.append("non-ASCII characters")
    skeleton = domain.replace("0", "o").replace("1", "l").replace("rn", "m").replace("vv", "w")
    for b in BRANDS:
        if b in skeleton and not domain.endswith(f"{b}.com"):
            hits.append(f"contains brand '{b}' but is not {b}.com")
    return hits


def analyze(path: Path) -> dict:
    msg = BytesParser(policy=policy.default).parse(path.open("rb"))
    from_name, from_addr = parseaddr(str(msg.get("From", "")))
    _, reply_to = parseaddr(str(msg.get("Reply-To", "")))
    _, return_path = parseaddr(str(msg.get("Return-Path", "")))
    auth = " ".join(str(h) for h in msg.get_all("Authentication-Results", []))

    findings: list[str] = []
    res = {k: (re.search(rf"\b{k}=(\w+)", auth, re.I) or [None, "none"])[1].lower()
           for k in ("spf", "dkim", "dmarc")}
    for k, v in res.items():
        if v not in ("pass",):
            findings.append(f"{k.upper()} = {v}")
    fd = domain_of(from_addr)
    if reply_to and domain_of(reply_to) != fd:
        findings.append(f"Reply-To domain {domain_of(reply_to)} differs from From domain {fd}")
    if return_path and domain_of(return_path) != fd:
        findings.append(f"Return-Path domain {domain_of(return_path)} differs from From domain {fd}")
    if any(b in from_name.lower() for b in BRANDS) and not any(fd.endswith(f"{b}.com") for b in BRANDS):
        findings.append(f"Display name '{from_name}' impersonates a brand; sender domain is {fd}")
    findings += [f"From domain: {h}" for h in lookalike(fd)]

    text_parts, urls, links, attachments = [], set(), [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        fname = part.get_filename()
        payload = part.get_payload(decode=True) or b""
        if fname or part.get_content_disposition() == "attachment":
            ext = Path(fname or "").suffix.lower()
            attachments.append({"filename": fname, "type": part.get_content_type(), "size": len(payload),
                                "sha256": hashlib.sha256(payload).hexdigest(),
                                "risky_type": ext in RISKY_EXT})
            continue
        ctype = part.get_content_type()
        if ctype in ("text/plain", "text/html"):
            body = payload.decode(part.get_content_charset() or "utf-8", "replace")
            text_parts.append(body)
            urls.update(URL_RE.findall(body))
            if ctype == "text/html":
                lp = LinkParser(); lp.feed(body); links += lp.links

    for text, href in links:
        shown = domain_of(text) if URL_RE.match(text) else ""
        if shown and shown != domain_of(href):
            findings.append(f"Link text shows {shown} but points to {defang(domain_of(href))}")
    body_all = unicodedata.normalize("NFKC", " ".join(text_parts)).lower()
    findings += [f"Urgency/lure phrase: '{p}'" for p in URGENCY if p in body_all]
    findings += [f"Possible AI-directed injection text: '{p}'" for p in INJECTION if p in body_all]
    for u in urls:
        findings += [f"URL domain {defang(domain_of(u))}: {h}" for h in lookalike(domain_of(u))]
    findings += [f"Risky attachment type: {a['filename']}" for a in attachments if a["risky_type"]]

    return {
        "subject": str(msg.get("Subject", "")),
        "from": f"{from_name} <{from_addr}>",
        "reply_to": reply_to, "return_path": return_path,
        "auth": res,
        "urls": sorted(defang(u) for u in urls),
        "attachments": attachments,
        "findings": findings,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("eml", type=Path)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    r = analyze(a.eml)
    if a.json:
        print(json.dumps(r, indent=2))
        return 0
    print(f"Subject: {r['subject']}\nFrom:    {r['from']}\nAuth:    {r['auth']}")
    print("\nURLs (defanged, not visited):")
    for u in r["urls"]:
        print(f"  {u}")
    print("\nAttachments (hashed only, not opened):")
    for att in r["attachments"]:
        print(f"  {att['filename']}  {att['type']}  {att['size']} B  sha256={att['sha256'][:16]}…"
              f"{'  [RISKY TYPE]' if att['risky_type'] else ''}")
    print("\nFindings:")
    for f in r["findings"] or ["(none)"]:
        print(f"  - {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
