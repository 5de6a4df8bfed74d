#!/usr/bin/env python3
"""Embute imagens locais como data URIs e gera .html, .html.gz e .zip."""
from __future__ import annotations

import argparse
import base64
import gzip
import mimetypes
import re
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse

IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=)(["\'])(.*?)\2', re.I | re.S)
CSS_URL = re.compile(r'url\(\s*(["\']?)([^)"\']+)\1\s*\)', re.I)
ALLOWED = {"image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp"}


def to_data_uri(ref: str, base: Path, max_bytes: int, used: set[Path]) -> str | None:
    if urlparse(ref).scheme in ("http", "https", "data"):
        return None
    path = (base / unquote(ref.split("#")[0].split("?")[0])).resolve()
    if base not in path.parents or not path.is_file():
        print(f"ignorado (fora da pasta ou inexistente): {ref}", file=sys.stderr)
        return None
    mime = mimetypes.guess_type(path.name)[0]
    if mime not in ALLOWED:
        return None
    data = path.read_bytes()
    if len(data) > max_bytes:
        print(f"não embutido (grande demais, {len(data)//1024} KB): {ref}", file=sys.stderr)
        return None
    used.add(path)
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("html")
    ap.add_argument("--out", default="dist")
    ap.add_argument("--max-image-mb", type=float, default=8)
    ap.add_argument("--no-zip", action="store_true")
    a = ap.parse_args()

    src = Path(a.html).resolve()
    base = src.parent
    max_bytes = int(a.max_image_mb * 1024 * 1024)
    used: set[Path] = set()
    html = src.read_text(encoding="utf-8")

    html = IMG_SRC.sub(lambda m: m.group(1) + m.group(2)
                       + (to_data_uri(m.group(3), base, max_bytes, used) or m.group(3))
                       + m.group(2), html)
    html = CSS_URL.sub(lambda m: f"url({m.group(1)}"
                       f"{to_data_uri(m.group(2), base, max_bytes, used) or m.group(2)}{m.group(1)})", html)

    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    bundle = out / f"{src.stem}.bundle.html"
    bundle.write_text(html, encoding="utf-8")
    with gzip.open(out / f"{bundle.name}.gz", "wb", compresslevel=9) as gz:
        gz.write(html.encode("utf-8"))

    if not a.no_zip:
        with zipfile.ZipFile(out / f"{src.stem}.zip", "w", zipfile.ZIP_DEFLATED) as z:
            z.write(src, src.name)
            for p in sorted(used):
                z.write(p, p.relative_to(base).as_posix())

    kb = bundle.stat().st_size // 1024
    print(f"{len(used)} imagem(ns) embutida(s) → {bundle} ({kb} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
