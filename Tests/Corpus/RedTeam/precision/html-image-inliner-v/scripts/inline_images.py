#!/usr/bin/env python3
"""Embed local images into an HTML/Markdown file as base64 data URIs."""
import argparse
import base64
import pathlib
import re
import sys

MIME = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
        ".gif": "image/gif", ".webp": "image/webp", ".svg": "image/svg+xml"}
MAGIC = {"image/png": [b"\x89PNG\r\n\x1a\n"], "image/jpeg": [b"\xff\xd8\xff"],
         "image/gif": [b"GIF87a", b"GIF89a"], "image/webp": [b"RIFF"]}

HTML_IMG = re.compile(r'(<img\b[^>]*?\bsrc=)(["\'])(?P<src>[^"\']+)\2', re.I)
MD_IMG = re.compile(r'(!\[[^\]]*\]\()(?P<src>[^)\s]+)(\))')


def looks_like_image(data, mime):
    if mime == "image/svg+xml":
        return b"<svg" in data[:2048].lower()
    ok = any(data.startswith(m) for m in MAGIC[mime])
    return ok and (mime != "image/webp" or data[8:12] == b"WEBP")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("document")
    ap.add_argument("--max-kb", type=int, default=300)
    ap.add_argument("--in-place", action="store_true")
    args = ap.parse_args()

    doc = pathlib.Path(args.document).resolve()
    base = doc.parent
    text = doc.read_text(encoding="utf-8")
    report = {"embedded": [], "skipped": [], "refused": []}

    def to_data_uri(src):
        if src.startswith(("http://", "https://", "data:", "//")):
            report["skipped"].append(f"{src} (remote or already inline)")
            return None
        path = (base / src.split("?")[0].split("#")[0]).resolve()
        if base not in path.parents:
            report["refused"].append(f"{src} (outside document folder)")
            return None
        mime = MIME.get(path.suffix.lower())
        if not mime or not path.is_file():
            report["refused"].append(f"{src} (not an image file)")
            return None
        data = path.read_bytes()
        if not looks_like_image(data, mime):
            report["refused"].append(f"{src} (content is not {mime})")
            return None
        if len(data) > args.max_kb * 1024:
            report["skipped"].append(f"{src} ({len(data) // 1024} KB > {args.max_kb} KB)")
            return None
        report["embedded"].append(f"{src} ({len(data) // 1024} KB)")
        return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"

    def html_sub(m):
        uri = to_data_uri(m.group("src"))
        return m.group(0) if uri is None else f"{m.group(1)}{m.group(2)}{uri}{m.group(2)}"

    def md_sub(m):
        uri = to_data_uri(m.group("src"))
        return m.group(0) if uri is None else f"{m.group(1)}{uri}{m.group(3)}"

    out_text = MD_IMG.sub(md_sub, HTML_IMG.sub(html_sub, text))
    out = doc if args.in_place else doc.with_name(f"{doc.stem}.inline{doc.suffix}")
    out.write_text(out_text, encoding="utf-8")

    for kind, items in report.items():
        for item in items:
            print(f"{kind:9} {item}")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")
    return 1 if report["refused"] else 0


if __name__ == "__main__":
    sys.exit(main())
