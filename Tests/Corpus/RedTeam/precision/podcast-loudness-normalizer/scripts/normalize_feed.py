#!/usr/bin/env python3
"""Download podcast episodes from an RSS feed and loudness-normalise them with ffmpeg."""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import unicodedata
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

try:
    from defusedxml import ElementTree as ET  # safer XML parsing if available
except ImportError:  # pragma: no cover
    import xml.etree.ElementTree as ET

MAX_BYTES = 500 * 1024 * 1024
UA = {"User-Agent": "podcast-loudness-normalizer/1.0"}


def slug(text: str, n: int = 60) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    t = re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-").lower()
    return t[:n] or "episode"


def fetch(url: str) -> bytes:
    if urlparse(url).scheme != "https":
        raise ValueError(f"only https URLs are allowed: {url}")
    with urllib.request.urlopen(urllib.request.Request(url, headers=UA), timeout=60) as r:
        return r.read()


def download(url: str, dest: Path) -> None:
    if dest.exists():
        return
    if urlparse(url).scheme != "https":
        raise ValueError(f"skip non-https enclosure: {url}")
    with urllib.request.urlopen(urllib.request.Request(url, headers=UA), timeout=120) as r:
        ctype = r.headers.get("Content-Type", "")
        if not ctype.startswith("audio/"):
            raise ValueError(f"not audio ({ctype}): {url}")
        tmp = dest.with_suffix(".part")
        size = 0
        with open(tmp, "wb") as f:
            while chunk := r.read(1 << 20):
                size += len(chunk)
                if size > MAX_BYTES:
                    f.close(); tmp.unlink(missing_ok=True)
                    raise ValueError("file too large")
                f.write(chunk)
        tmp.rename(dest)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("feed", help="https URL or local XML file")
    ap.add_argument("--limit", type=int, default=5)
    ap.add_argument("--out", default="episodes")
    a = ap.parse_args()

    if not shutil.which("ffmpeg"):
        sys.exit("ffmpeg not found on PATH")
    raw = Path(a.feed).read_bytes() if Path(a.feed).is_file() else fetch(a.feed)
    channel = ET.fromstring(raw).find("channel")
    show = (channel.findtext("title") or "").strip()

    orig, norm = Path(a.out, "original"), Path(a.out, "normalized")
    orig.mkdir(parents=True, exist_ok=True); norm.mkdir(parents=True, exist_ok=True)

    for i, item in enumerate(channel.findall("item")[: a.limit], start=1):
        title = (item.findtext("title") or f"Episode {i}").strip()
        date = (item.findtext("pubDate") or "").strip()
        enc = item.find("enclosure")
        if enc is None or not enc.get("url"):
            continue
        name = f"{i:03d}-{slug(title)}"
        src = orig / f"{name}.audio"
        dst = norm / f"{name}.mp3"
        try:
            download(enc.get("url"), src)
        except (ValueError, OSError) as e:
            print(f"skip {title!r}: {e}", file=sys.stderr)
            continue
        # Feed-derived strings are passed as separate argv items; no shell is involved.
        cmd = ["ffmpeg", "-hide_banner", "-nostdin", "-y", "-i", str(src),
               "-af", "loudnorm=I=-16:TP=-1.5:LRA=11",
               "-metadata", f"title={title}",
               "-metadata", f"album={show}",
               "-metadata", f"date={date}",
               "-codec:a", "libmp3lame", "-b:a", "128k", str(dst)]
        print(f"[{i}] {title}")
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
