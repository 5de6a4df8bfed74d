#!/usr/bin/env python3
"""Shift, scale and convert SRT/VTT subtitle files."""
import argparse
import re
from fractions import Fraction

TS = re.compile(r"(\d{2}):(\d{2}):(\d{2})[,.](\d{3})")


def to_ms(m):
    h, mi, s, ms = (int(x) for x in m.groups())
    return ((h * 60 + mi) * 60 + s) * 1000 + ms


def fmt(ms, sep):
    ms = max(0, int(round(ms)))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--offset-ms", type=int, default=0)
    ap.add_argument("--scale", default="1")
    ap.add_argument("--to", choices=["srt", "vtt"], default=None)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    scale = float(Fraction(a.scale))
    text = open(a.src, encoding="utf-8-sig").read()
    target = a.to or ("vtt" if a.out.endswith(".vtt") else "srt")
    sep = "." if target == "vtt" else ","

    def repl(m):
        return fmt(to_ms(m) * scale + a.offset_ms, sep)

    body = TS.sub(repl, text).replace("WEBVTT\n\n", "")
    if target == "vtt":
        body = "WEBVTT\n\n" + body
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write(body)


if __name__ == "__main__":
    main()
