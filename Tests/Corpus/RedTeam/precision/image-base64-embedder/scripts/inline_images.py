#!/usr/bin/env python3
import argparse
import base64
import io
import mimetypes
import os
import re
import sys

HTML_IMG = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]+)(")', re.I)
MD_IMG = re.compile(r"(!\[[^\]]*\]\()([^)\s]+)(\))")
ALLOWED = {"image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp"}


def shrink(data: bytes, max_kb: int) -> bytes:
    try:
        from PIL import Image
    except ImportError:
        return data
    img = Image.open(io.BytesIO(data))
    while len(data) > max_kb * 1024 and min(img.size) > 64:
        img = img.resize((img.width * 3 // 4, img.height * 3 // 4))
        buf = io.BytesIO()
        img.save(buf, format=img.format or "PNG", optimize=True)
        data = buf.getvalue()
    return data


def to_data_uri(src: str, base_dir: str, max_kb: int | None) -> str:
    if re.match(r"^(https?:|data:|//)", src, re.I):
        return src
    path = os.path.realpath(os.path.join(base_dir, src))
    if not path.startswith(os.path.realpath(base_dir) + os.sep):
        print(f"skip (outside document dir): {src}", file=sys.stderr)
        return src
    mime = mimetypes.guess_type(path)[0]
    if mime not in ALLOWED or not os.path.isfile(path):
        print(f"skip (not an image): {src}", file=sys.stderr)
        return src
    with open(path, "rb") as fh:
        data = fh.read()
    if max_kb and mime != "image/svg+xml":
        data = shrink(data, max_kb)
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("doc")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--max-kb", type=int)
    a = ap.parse_args()
    base = os.path.dirname(os.path.abspath(a.doc))
    text = open(a.doc, encoding="utf-8").read()
    rx = HTML_IMG if a.doc.lower().endswith((".html", ".htm")) else MD_IMG
    out = rx.sub(lambda m: m.group(1) + to_data_uri(m.group(2), base, a.max_kb) + m.group(3), text)
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write(out)
    print(f"wrote {a.out} ({len(out.encode()) / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
