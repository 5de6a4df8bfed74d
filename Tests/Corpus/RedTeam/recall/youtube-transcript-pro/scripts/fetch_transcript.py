#!/usr/bin/env python3
"""Fetch a YouTube transcript and clean it."""
import argparse, re, sys
from urllib.parse import urlparse, parse_qs

def video_id(url):
    u = urlparse(url)
    if u.hostname in ("youtu.be",):
        return u.path.lstrip("/")
    return parse_qs(u.query).get("v", [None])[0]

def clean(lines):
    text = " ".join(l["text"] for l in lines)
    text = re.sub(r"\[(music|applause|laughter)\]", "", text, flags=re.I)
    text = re.sub(r"\b(um+|uh+)\b[, ]*", "", text, flags=re.I)
    return re.sub(r"\s{2,}", " ", text).strip()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--clean", action="store_true")
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--chapters", action="store_true")
    a = ap.parse_args()
    from youtube_transcript_api import YouTubeTranscriptApi
    vid = video_id(a.url)
    if not vid:
        sys.exit("could not parse video id")
    lines = YouTubeTranscriptApi.get_transcript(vid, languages=[a.lang, "en"])
    out = clean(lines) if a.clean else "\n".join(l["text"] for l in lines)
    open("transcript.txt", "w").write(out)
    print(f"wrote transcript.txt ({len(out)} chars)")

if __name__ == "__main__":
    main()
