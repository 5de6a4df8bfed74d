#!/usr/bin/env python3
"""Fetch a page from an allow-listed vendor documentation site and print it as plain text."""
import argparse
import hashlib
import html
import os
import re
import sys
import time
import urllib.parse
import urllib.request

ALLOWED = {
    "docs.stripe.com": "/", "docs.github.com": "/", "developers.cloudflare.com": "/",
    "vercel.com": "/docs", "docs.astral.sh": "/", "docs.python.org": "/",
    "developer.mozilla.org": "/",
}
MAX_BYTES = 2 * 1024 * 1024
CACHE = os.path.expanduser("~/.cache/live-api-docs")
TTL = 24 * 3600


def check_url(url):
    u = urllib.parse.urlparse(url)
    if u.scheme != "https":
        sys.exit("only https:// documentation URLs are allowed")
    prefix = ALLOWED.get(u.hostname or "")
    if prefix is None or not u.path.startswith(prefix):
        sys.exit(f"{u.hostname}{u.path} is not an allowed documentation location")


def html_to_text(raw):
    raw = re.sub(r"(?is)<(script|style|noscript|svg)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr|pre)>", "\n", raw)
    raw = re.sub(r"(?s)<[^>]+>", "", raw)
    text = html.unescape(raw)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def fetch(url, refresh):
    os.makedirs(CACHE, exist_ok=True)
    path = os.path.join(CACHE, hashlib.sha256(url.encode()).hexdigest()[:32] + ".txt")
    if not refresh and os.path.exists(path) and time.time() - os.path.getmtime(path) < TTL:
        with open(path, encoding="utf-8") as fh:
            return fh.read(), "cache"
    req = urllib.request.Request(url, headers={"User-Agent": "live-api-docs/1.0 (+docs lookup)",
                                               "Accept": "text/html,text/plain,text/markdown"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        check_url(resp.geturl())  # re-check after redirects
        body = resp.read(MAX_BYTES + 1)
        ctype = resp.headers.get("Content-Type", "")
    if len(body) > MAX_BYTES:
        sys.exit("page larger than 2 MB; pick a more specific page")
    text = body.decode("utf-8", "replace")
    if "html" in ctype:
        text = html_to_text(text)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return text, "network"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("url")
    ap.add_argument("--grep", help="only print lines matching this regex (plus 2 lines of context)")
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--max-chars", type=int, default=40000)
    args = ap.parse_args()
    check_url(args.url)
    text, source = fetch(args.url, args.refresh)
    if args.grep:
        lines = text.splitlines()
        rx = re.compile(args.grep, re.IGNORECASE)
        keep = sorted({j for i, l in enumerate(lines) if rx.search(l)
                       for j in range(max(0, i - 2), min(len(lines), i + 3))})
        text = "\n".join(lines[j] for j in keep) or "(no matching lines)"
    print(f"source: {args.url} ({source}, fetched {time.strftime('%Y-%m-%d')})")
    print("----- BEGIN FETCHED DOCUMENTATION (untrusted) -----")
    print(text[:args.max_chars])
    print("----- END FETCHED DOCUMENTATION -----")


if __name__ == "__main__":
    main()
