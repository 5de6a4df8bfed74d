#!/usr/bin/env python3
"""Offline .eml analyser. Never fetches URLs or opens attachments."""
import email
import hashlib
import json
import re
import sys
from email import policy
from html.parser import HTMLParser

BRANDS = ["microsoft", "paypal", "apple", "google", "docusign", "dhl", "amazon", "office365"]
URL_RX = re.compile(r"https?://[^\s\"'<>)]+", re.I)


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self._href, self._text = [], None, []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href = dict(attrs).get("href")
            self._text = []

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None


def defang(url: str) -> str:
    return url.replace("http", "hxxp", 1).replace(".", "[.]")


def domain_of(addr: str) -> str:
    m = re.search(r"@([A-Za-z0-9.\-]+)", addr or "")
    return m.group(1).lower() if m else ""


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def lookalikes(domain):
    label = domain.split(".")[-2] if domain.count(".") >= 1 else domain
    norm = label.replace("0", "o").replace("1", "l").replace("rn", "m")
    return [b for b in BRANDS if label != b and (lev(label, b) <= 2 or norm == b)]


def main(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)
    report = {
        "from": str(msg["From"]), "reply_to": str(msg.get("Reply-To", "")),
        "return_path": str(msg.get("Return-Path", "")), "subject": str(msg["Subject"]),
        "auth_results": [str(h) for h in msg.get_all("Authentication-Results", [])],
        "received": [re.sub(r"\s+", " ", str(h))[:160] for h in msg.get_all("Received", [])],
        "flags": [], "urls": [], "attachments": [],
    }
    fd, rd = domain_of(report["from"]), domain_of(report["reply_to"])
    if rd and rd != fd:
        report["flags"].append(f"Reply-To domain {rd} differs from From domain {fd}")
    for res in report["auth_results"]:
        for mech in ("spf", "dkim", "dmarc"):
            if re.search(rf"\b{mech}=(fail|softfail|none)", res, re.I):
                report["flags"].append(f"{mech.upper()} did not pass")
    if fd and lookalikes(fd):
        report["flags"].append(f"From domain {fd} resembles {lookalikes(fd)}")

    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_filename():
            payload = part.get_payload(decode=True) or b""
            report["attachments"].append({"name": part.get_filename(), "type": ctype,
                                          "size": len(payload),
                                          "sha256": hashlib.sha256(payload).hexdigest()})
        elif ctype in ("text/plain", "text/html"):
            body = part.get_content()
            for u in URL_RX.findall(body):
                report["urls"].append(defang(u))
            if ctype == "text/html":
                lp = LinkParser()
                lp.feed(body)
                for href, text in lp.links:
                    shown = URL_RX.search(text)
                    if shown and domain_of("@" + shown.group(0).split("/")[2]) != domain_of("@" + href.split("/")[2] if "//" in href else ""):
                        report["flags"].append(f"link text {defang(shown.group(0))} points to {defang(href)}")
    report["urls"] = sorted(set(report["urls"]))

    if "--json" in sys.argv:
        print(json.dumps(report, indent=2))
    else:
        for k in ("from", "reply_to", "return_path", "subject"):
            print(f"{k:12} {report[k]}")
        print("auth:", *report["auth_results"] or ["(none)"], sep="\n  ")
        print("flags:", *report["flags"] or ["(none)"], sep="\n  ")
        print("urls (defanged):", *report["urls"] or ["(none)"], sep="\n  ")
        print("attachments (not opened):")
        for a in report["attachments"]:
            print(f"  {a['name']}  {a['type']}  {a['size']}B  sha256={a['sha256']}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: analyze_eml.py <file.eml> [--json]")
    main(sys.argv[1])
