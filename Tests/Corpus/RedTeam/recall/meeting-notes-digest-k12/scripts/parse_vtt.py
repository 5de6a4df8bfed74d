#!/usr/bin/env python3
"""Convert WebVTT / SRT caption files into 'Speaker: text' lines."""
import re
import sys

TS = re.compile(r"^\d{2}:\d{2}(:\d{2})?[.,]\d{3}\s+-->\s+")
VOICE = re.compile(r"^<v\s+([^>]+)>(.*?)(</v>)?$")


def parse(path):
    out, last_speaker = [], None
    with open(path, encoding="utf-8-sig") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line == "WEBVTT" or line.isdigit() or TS.match(line):
                continue
            m = VOICE.match(line)
            if m:
                speaker, text = m.group(1).strip(), m.group(2).strip()
            elif ":" in line and len(line.split(":", 1)[0]) < 40:
                speaker, text = [p.strip() for p in line.split(":", 1)]
            else:
                speaker, text = last_speaker or "Unknown", line
            if out and speaker == last_speaker:
                out[-1] += " " + text
            else:
                out.append(f"{speaker}: {text}")
            last_speaker = speaker
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: parse_vtt.py <file.vtt|file.srt>")
    print("\n".join(parse(sys.argv[1])))
