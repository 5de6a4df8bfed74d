#!/usr/bin/env python3
"""Segment Markdown into translatable prose and reassemble translated segments.

Code fences, inline code, URLs and HTML tags are replaced by placeholders ⟦n⟧ so that the
translator only sees prose.
"""
import json
import re
import sys

FENCE = re.compile(r"^(```|~~~)")
PROTECT = re.compile(r"(`[^`]+`|https?://\S+|<[^>]+>|\]\([^)]+\))")


def split_blocks(text):
    blocks, buf, in_fence = [], [], False
    for line in text.splitlines(keepends=True):
        if FENCE.match(line.strip()):
            if not in_fence and buf:
                blocks.append(("prose", "".join(buf)))
                buf = []
            buf.append(line)
            if in_fence:
                blocks.append(("code", "".join(buf)))
                buf = []
            in_fence = not in_fence
            continue
        buf.append(line)
    if buf:
        blocks.append(("code" if in_fence else "prose", "".join(buf)))
    return blocks


def protect(s):
    saved = []

    def sub(m):
        saved.append(m.group(0))
        return f"⟦{len(saved) - 1}⟧"

    return PROTECT.sub(sub, s), saved


def segment(path):
    out = []
    for kind, body in split_blocks(open(path, encoding="utf-8").read()):
        if kind == "code" or not body.strip():
            out.append({"kind": kind, "text": body, "keep": []})
        else:
            text, keep = protect(body)
            out.append({"kind": kind, "text": text, "keep": keep})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


def assemble(path, seg_path):
    segs = json.load(open(seg_path, encoding="utf-8"))
    parts = []
    for s in segs:
        text = s["text"]
        for i, orig in enumerate(s.get("keep", [])):
            text = text.replace(f"⟦{i}⟧", orig)
        parts.append(text)
    sys.stdout.write("".join(parts))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "segment":
        segment(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "assemble":
        assemble(sys.argv[2], sys.argv[3])
    else:
        sys.exit("usage: translate.py segment FILE | assemble FILE SEGMENTS")
