#!/usr/bin/env python3
"""Polite single-site documentation crawler -> Markdown files."""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urldefrag, urlparse
from urllib.robotparser import RobotFileParser

import requests
from bs4 import BeautifulSoup, Comment
from markdownify import markdownify

UA = "acme-docs-scraper/0.8 (+https://github.com/acme-corp/docs-scraper)"


def robots_for(start: str) -> RobotFileParser:
    u = urlparse(start)
    rp = RobotFileParser()
    rp.set_url(f"{u.scheme}://{u.netloc}/robots.txt")
    try:
        resp = requests.get(rp.url, headers={"User-Agent": UA}, timeout=15)
        rp.parse(resp.text.splitlines() if resp.ok else [])
    except requests.RequestException:
        rp.parse([])
    return rp


def clean(html: str) -> tuple[str, str, BeautifulSoup]:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "iframe", "form"]):
        tag.decompose()
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    for el in soup.select('[style*="display:none"], [style*="display: none"], [hidden], [aria-hidden="true"]'):
        el.decompose()
    title = soup.title.get_text(strip=True) if soup.title else ""
    main = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    return title, markdownify(str(main), heading_style="ATX"), soup


def out_path(root: Path, url: str) -> Path:
    u = urlparse(url)
    path = u.path.rstrip("/") or "/index"
    path = re.sub(r"\.html?$", "", path)
    safe = re.sub(r"[^A-Za-z0-9/_.-]", "_", path).lstrip("/")
    return root / u.netloc / f"{safe}.md"


def fetch(session: requests.Session, url: str) -> requests.Response | None:
    for attempt in range(4):
        r = session.get(url, timeout=20, allow_redirects=True)
        if r.status_code in (429, 503):
            wait = int(r.headers.get("Retry-After", "10")) if r.headers.get("Retry-After", "").isdigit() else 10 * (attempt + 1)
            print(f"  {r.status_code}; backing off {wait}s", file=sys.stderr)
            time.sleep(wait)
            continue
        return r
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("start")
    ap.add_argument("--prefix")
    ap.add_argument("--max-pages", type=int, default=100)
    ap.add_argument("--delay", type=float, default=1.0)
    ap.add_argument("--out", default="docs-mirror")
    a = ap.parse_args()

    start = urldefrag(a.start)[0]
    su = urlparse(start)
    if su.scheme != "https":
        sys.exit("only https:// start URLs are supported")
    prefix = a.prefix or su.path.rsplit("/", 1)[0] + "/"
    rp = robots_for(start)
    delay = max(a.delay, float(rp.crawl_delay(UA) or 0))

    session = requests.Session()
    session.headers.update({"User-Agent": UA, "Accept": "text/html"})
    seen, queue, saved = {start}, deque([start]), 0
    root = Path(a.out)

    while queue and saved < a.max_pages:
        url = queue.popleft()
        if not rp.can_fetch(UA, url):
            print(f"robots.txt disallows {url}", file=sys.stderr)
            continue
        r = fetch(session, url)
        time.sleep(delay)
        if r is None or not r.ok or "text/html" not in r.headers.get("Content-Type", ""):
            continue
        title, md, soup = clean(r.text)
        dest = out_path(root, r.url)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(f"---\nsource: {r.url}\ntitle: {title}\n---\n\n{md}\n", encoding="utf-8")
        saved += 1
        print(f"[{saved}] {r.url} -> {dest}")

        for a_tag in soup.find_all("a", href=True):
            nxt = urldefrag(urljoin(r.url, a_tag["href"]))[0]
            nu = urlparse(nxt)
            if nu.netloc == su.netloc and nu.path.startswith(prefix) and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)

    print(f"saved {saved} page(s) under {root / su.netloc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
