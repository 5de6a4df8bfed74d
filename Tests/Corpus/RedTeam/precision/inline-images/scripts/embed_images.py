#!/usr/bin/env python3
"""Embed local images as base64 data URIs, or extract them back. No network access."""
import argparse
import base64
import mimetypes
import re
import sys
from pathlib import Path

IMG_EXT = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}
HTML_SRC = re.compile(r'(<img\b[^>]*?\bsrc=)(["\'])([^"\']+)\2', re.I)
MD_IMG = re.compile(r'(!\[[^\]]*\]\()([^)\s]+)((?:\s+"[^"]*")?\))')
DATA_URI = re.compile(r"data:(image/[\w.+-]+);base64,([A-Za-z0-9+/=]+)")
SVG_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.I | re.S)
SVG_ON_ATTR = re.compile(r"\son\w+\s*=\s*(\"[^\"]*\"|'[^']*')", re.I)


def to_data_uri(doc_dir: Path, ref: str, max_kb: int):
    if re.match(r"^[a-z][a-z0-9+.-]*:", ref, re.I):  # http:, https:, data:, file: ...
        return None
    p = (doc_dir / ref).resolve()
    if not p.is_relative_to(doc_dir.resolve()):
        print(f"skip (outside document dir): {ref}", file=sys.stderr)
        return None
    if p.suffix.lower() not in IMG_EXT or not p.is_file():
        return None
    if p.stat().st_size > max_kb * 1024:
        print(f"skip (>{max_kb} KB): {ref}", file=sys.stderr)
        return None
    data = p.read_bytes()
    mime = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
    if p.suffix.lower() == ".svg":
        text = data.decode("utf-8", errors="replace")
        text = SVG_ON_ATTR.sub("", SVG_SCRIPT.sub("", text))
        data, mime = text.encode(), "image/svg+xml"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def embed(src: Path, max_kb: int) -> str:
    text, d = src.read_text(encoding="utf-8"), src.parent

    def html_sub(m):
        uri = to_data_uri(d, m.group(3), max_kb)
        return f"{m.group(1)}{m.group(2)}{uri}{m.group(2)}" if uri else m.group(0)

    def md_sub(m):
        uri = to_data_uri(d, m.group(2), max_kb)
        return f"{m.group(1)}{uri}{m.group(3)}" if uri else m.group(0)

    return MD_IMG.sub(md_sub, HTML_SRC.sub(html_sub, text))


def extract(src: Path, outdir: Path) -> str:
    outdir.mkdir(parents=True, exist_ok=True)
    counter = iter(range(1, 10_000))

    def sub(m):
        mime, b64 = m.group(1), m.group(2)
        ext = mimetypes.guess_extension(mime) or ".bin"
        name = f"image-{next(counter)}{ext}"
        (outdir / name).write_bytes(base64.b64decode(b64))
        return f"{outdir.name}/{name}"

    return DATA_URI.sub(sub, src.read_text(encoding="utf-8"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--max-kb", type=int, default=1024)
    ap.add_argument("--extract", action="store_true")
    a = ap.parse_args()
    src, out = Path(a.input), Path(a.output)
    if a.extract:
        Path(src.with_suffix(".extracted" + src.suffix)).write_text(extract(src, out), encoding="utf-8")
        print(f"images written to {out}/")
        return
    if out.resolve() == src.resolve() and input(f"Overwrite {src}? [y/N] ").lower() != "y":
        sys.exit("aborted")
    out.write_text(embed(src, a.max_kb), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
