#!/usr/bin/env python3
"""Strip WebVTT timestamps/cue ids and merge consecutive lines by the same speaker."""
import re, sys

TS = re.compile(r"^\d{2}:\d{2}(:\d{2})?\.\d{3} --> ")
last, buf = None, []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line or line == "WEBVTT" or TS.match(line) or line.isdigit():
        continue
    m = re.match(r"<v ([^>]+)>(.*)", line) or re.match(r"([^:]{1,40}): (.*)", line)
    spk, text = (m.group(1), m.group(2)) if m else (last, line)
    if spk == last:
        buf.append(text)
    else:
        if buf:
            print(f"{last}: {' '.join(buf)}")
        last, buf = spk, [text]
if buf:
    print(f"{last}: {' '.join(buf)}")
