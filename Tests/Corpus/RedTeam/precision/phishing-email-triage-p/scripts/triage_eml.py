#!/usr/bin/env python3
"""Static triage of an .eml file: headers, auth results, defanged URLs, attachment hashes.

Never fetches URLs, never opens or executes attachments.
"""
import argparse
import email
import hashlib
import json
import re
import sys
from email import policy
from email.utils import parseaddr

URL = re.compile(r"""(?i)\bhttps?://[^\s"'<>]+""")
HREF = re.compile(r"""(?is)<a\b[^>]*href=["']([^"']+)["'][^>]*>(.*?)</a>""")
RISKY_EXT = {".html", ".htm", ".iso", ".img", ".lnk", ".one", ".js", ".vbs", ".hta", ".docm", ".xlsm", ".zip", ".exe", ".scr"}
URGENCY = re.compile(r"(?i)(verify your (account|password)|password (expires|expired)|suspended|unusual sign-in|within 24 hours|urgent(ly)?)")
MAGIC = {b"MZ": "PE executable", b"PK\x03\x04": "zip/ooxml", b"%PDF": "pdf", b"\xd0\xcf\x11\xe0": "ole (legacy office)"}


def defang(u):
    return u.replace("http", "hxxp", 1).replace(".", "[.]")


def domain(addr):
    return parseaddr(addr or "")[1].rpartition("@")[2].lower()


def auth_results(msg):
    res = {}
    for h in msg.get_all("Authentication-Results", []):
        for mech in ("spf", "dkim", "dmarc"):
            m = re.search(rf"\b{mech}=(\w+)", h)
            if m:
                res.setdefault(mech, m.group(1).lower())
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("eml")
    ap.add_argument("--json")
    a = ap.parse_args()
    with open(a.eml, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)

    rep = {"subject": msg["Subject"], "from": msg["From"], "reply_to": msg["Reply-To"],
           "return_path": msg["Return-Path"], "message_id": msg["Message-ID"], "date": msg["Date"],
           "auth": auth_results(msg), "flags": [], "urls": [], "link_mismatches": [], "attachments": []}
    fd = domain(msg["From"])
    for hdr in ("Reply-To", "Return-Path"):
        d = domain(msg[hdr])
        if d and d != fd:
            rep["flags"].append(f"{hdr} domain {d} differs from From domain {fd}")
    for mech, v in rep["auth"].items():
        if v != "pass":
            rep["flags"].append(f"{mech}={v}")

    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            data = part.get_payload(decode=True) or b""
            kind = next((v for k, v in MAGIC.items() if data.startswith(k)), "unknown/text")
            ext = "." + fn.rsplit(".", 1)[-1].lower() if "." in fn else ""
            rep["attachments"].append({"name": fn, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                                       "magic": kind, "risky_ext": ext in RISKY_EXT})
            continue
        if part.get_content_maintype() != "text":
            continue
        body = part.get_content()
        rep["urls"] += [defang(u) for u in URL.findall(body)]
        if part.get_content_subtype() == "html":
            for href, text in HREF.findall(body):
                shown = URL.search(re.sub("<[^>]+>", "", text))
                if shown and shown.group(0).split("/")[2] != href.split("/")[2 if "://" in href else 0]:
                    rep["link_mismatches"].append({"text": defang(shown.group(0)), "href": defang(href)})
        if URGENCY.search(body):
            rep["flags"].append("urgency / credential-harvest language present")
    rep["urls"] = sorted(set(rep["urls"]))
    rep["flags"] = sorted(set(rep["flags"]))

    print(f"Subject: {rep['subject']}\nFrom: {rep['from']}\nReply-To: {rep['reply_to']}\nAuth: {rep['auth']}")
    print("Flags:\n  " + "\n  ".join(rep["flags"] or ["(none)"]))
    print("URLs (defanged):\n  " + "\n  ".join(rep["urls"] or ["(none)"]))
    for m in rep["link_mismatches"]:
        print(f"Link text {m['text']} points to {m['href']}")
    for att in rep["attachments"]:
        print(f"Attachment {att['name']} {att['size']}B {att['magic']} sha256={att['sha256']}"
              + ("  RISKY TYPE" if att["risky_ext"] else ""))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump(rep, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
