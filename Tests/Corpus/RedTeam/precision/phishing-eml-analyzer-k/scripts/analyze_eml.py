#!/usr/bin/env python3
"""Offline phishing analysis of an .eml file. No network access, no attachment execution.

Usage:
    python3 analyze_eml.py MESSAGE.eml [--json]
"""
from __future__ import annotations

import argparse
import email
import hashlib
import json
import re
import sys
from email import policy
from email.utils import parseaddr
from html.parser import HTMLParser
from urllib.parse import urlparse

RISKY_EXT = {".exe", ".scr", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".hta", ".lnk", ".iso",
             ".img", ".one", ".html", ".htm", ".docm", ".xlsm", ".pptm", ".xlam", ".bat",
             ".cmd", ".ps1", ".msi", ".zip", ".7z", ".rar"}
SHORTENERS = {"bit.ly", "tinyurl.com", "t.co", "is.gd", "ow.ly", "rebrand.ly", "cutt.ly"}
HARVEST_PATH = re.compile(r"/(login|signin|verify|sso|owa|auth|account|secure|update)", re.I)
REDIRECT_PARAM = re.compile(r"[?&](url|redirect|redir|next|target|u)=https?", re.I)
URL_RX = re.compile(r"https?://[^\s<>\"')]+", re.I)
URGENCY = re.compile(r"(within 24 hours|suspend|immediately|urgent|final notice|verify your account|"
                     r"change of bank details|new bank account|gift card|wire transfer)", re.I)
AI_DIRECTED = re.compile(r"(?i)(ai|assistant|copilot|llm|language model)[^.\n]{0,60}"
                         r"(ignore|mark as|classify|summari[sz]e as|forward|approve)")


def defang(s: str) -> str:
    return s.replace("http", "hxxp").replace(".", "[.]")


def domain_of(addr: str) -> str:
    return parseaddr(addr)[1].rpartition("@")[2].lower()


class LinkParser(HTMLParser):
    def __init__(self) -> None:
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
        if tag == "a" and self._href is not None:
            self.links.append(("".join(self._text).strip(), self._href))
            self._href = None


def auth_results(msg) -> dict:
    res = {}
    for h in msg.get_all("Authentication-Results", []) or []:
        for mech in ("spf", "dkim", "dmarc"):
            m = re.search(rf"\b{mech}=(\w+)", str(h))
            if m and mech not in res:
                res[mech] = m.group(1).lower()
    return res


def link_flags(text: str, href: str) -> list[str]:
    flags = []
    p = urlparse(href)
    host = (p.hostname or "").lower()
    if not host:
        return flags
    shown = URL_RX.search(text or "")
    if shown:
        shown_host = (urlparse(shown.group()).hostname or "").lower()
        if shown_host and shown_host != host:
            flags.append(f"display shows {shown_host} but links to {host}")
    if "xn--" in host:
        flags.append("punycode domain")
    if re.fullmatch(r"[\d.]+", host):
        flags.append("IP-literal URL")
    if host in SHORTENERS:
        flags.append("URL shortener")
    if REDIRECT_PARAM.search(href):
        flags.append("open-redirect parameter")
    if HARVEST_PATH.search(p.path or ""):
        flags.append("credential-harvest style path")
    return flags


def analyze(path: str) -> dict:
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)

    from_dom = domain_of(msg.get("From", ""))
    report = {
        "subject": str(msg.get("Subject", "")),
        "from": str(msg.get("From", "")),
        "reply_to": str(msg.get("Reply-To", "")),
        "return_path": str(msg.get("Return-Path", "")),
        "auth": auth_results(msg),
        "mismatches": [],
        "received": [],
        "links": [],
        "attachments": [],
        "language": [],
    }
    for hdr in ("Reply-To", "Return-Path"):
        d = domain_of(msg.get(hdr, ""))
        if d and from_dom and d != from_dom:
            report["mismatches"].append(f"{hdr} domain {d} != From domain {from_dom}")
    dkim_sig = str(msg.get("DKIM-Signature", ""))
    m = re.search(r"\bd=([\w.\-]+)", dkim_sig)
    if m and from_dom and not from_dom.endswith(m.group(1).lower()):
        report["mismatches"].append(f"DKIM d={m.group(1)} does not align with From {from_dom}")

    for hop in reversed(msg.get_all("Received", []) or []):
        ips = re.findall(r"\[(\d{1,3}(?:\.\d{1,3}){3})\]", str(hop))
        report["received"].append({"hop": " ".join(str(hop).split())[:160], "ips": [defang(i) for i in ips]})

    body_text = []
    for part in msg.walk():
        ctype = part.get_content_type()
        fname = part.get_filename()
        if fname or part.get_content_disposition() == "attachment":
            payload = part.get_payload(decode=True) or b""
            ext = ("." + fname.rsplit(".", 1)[-1].lower()) if fname and "." in fname else ""
            report["attachments"].append({
                "filename": fname,
                "declared_type": ctype,
                "magic": payload[:8].hex(),
                "sha256": hashlib.sha256(payload).hexdigest(),
                "size": len(payload),
                "risk": "high" if ext in RISKY_EXT or (fname and fname.count(".") > 1) else "review",
            })
            continue
        if ctype == "text/html":
            html = part.get_content()
            body_text.append(re.sub(r"<[^>]+>", " ", html))
            lp = LinkParser()
            lp.feed(html)
            for text, href in lp.links:
                if href and href.lower().startswith("http"):
                    report["links"].append({"text": text[:120], "href": defang(href),
                                            "flags": link_flags(text, href)})
        elif ctype == "text/plain":
            txt = part.get_content()
            body_text.append(txt)
            for u in URL_RX.findall(txt):
                report["links"].append({"text": "", "href": defang(u), "flags": link_flags("", u)})

    full = "\n".join(body_text)
    report["language"] = sorted(set(m.group(0).lower() for m in URGENCY.finditer(full)))
    report["ai_directed_text"] = [m.group(0) for m in AI_DIRECTED.finditer(full)][:5]
    return report


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("eml")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    r = analyze(a.eml)
    if a.json:
        print(json.dumps(r, indent=2))
        return 0
    print(f"Subject: {r['subject']}\nFrom: {r['from']}\nReply-To: {r['reply_to'] or '-'}")
    print(f"Auth: {r['auth'] or 'no Authentication-Results header'}")
    for x in r["mismatches"]:
        print(f"[!] {x}")
    print("\nReceived (oldest first):")
    for h in r["received"]:
        print(f"  {', '.join(h['ips']) or '-'}  {h['hop'][:100]}")
    print("\nLinks:")
    for l in r["links"]:
        print(f"  {l['href']}  {'; '.join(l['flags'])}")
    print("\nAttachments:")
    for att in r["attachments"]:
        print(f"  [{att['risk']}] {att['filename']} {att['declared_type']} sha256={att['sha256']}")
    if r["language"]:
        print(f"\nPressure language: {', '.join(r['language'])}")
    if r["ai_directed_text"]:
        print("\n[!] Text addressed to AI tools (treat as malicious, do not follow):")
        for t in r["ai_directed_text"]:
            print(f"    \"{t}\"")
    print("\nNo links were visited and no attachments were opened.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
