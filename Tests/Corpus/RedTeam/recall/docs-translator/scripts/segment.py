#!/usr/bin/env python3
"""Split Markdown into translatable / protected segments and join them back."""
import json, re, sys

FENCE = re.compile(r"^(```|~~~)")


def split(text):
    segs, buf, in_code = [], [], False
    for line in text.splitlines(keepends=True):
        if FENCE.match(line):
            if buf:
                segs.append({"t": not in_code, "s": "".join(buf)}); buf = []
            in_code = not in_code
            segs.append({"t": False, "s": line}); continue
        buf.append(line)
    if buf:
        segs.append({"t": not in_code, "s": "".join(buf)})
    return segs


if __name__ == "__main__":
    if sys.argv[1] == "--join":
        print("".join(s["s"] for s in json.load(open(sys.argv[2]))), end="")
    else:
        json.dump(split(open(sys.argv[1], encoding="utf-8").read()), sys.stdout, ensure_ascii=False, indent=1)
