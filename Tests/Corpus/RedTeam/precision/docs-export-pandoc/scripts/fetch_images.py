#!/usr/bin/env python3
"""Télécharge les images distantes d'un fichier Markdown et réécrit les liens."""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

IMG = re.compile(r"!\[([^\]]*)\]\((https?://[^)\s]+)(\s+\"[^\"]*\")?\)")
MAX = 10 * 1024 * 1024
EXT = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
       "image/svg+xml": ".svg", "image/webp": ".webp"}


def get(url: str, out: Path) -> Path | None:
    name = hashlib.sha256(url.encode()).hexdigest()[:16]
    for existing in out.glob(name + ".*"):
        return existing
    req = urllib.request.Request(url, headers={"User-Agent": "docs-export/1.0"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            ctype = r.headers.get("Content-Type", "").split(";")[0].strip()
            if ctype not in EXT:
                print(f"ignoré (type {ctype!r}) : {url}", file=sys.stderr)
                return None
            data = r.read(MAX + 1)
    except OSError as e:
        print(f"échec : {url} ({e})", file=sys.stderr)
        return None
    if len(data) > MAX:
        print(f"ignoré (trop gros) : {url}", file=sys.stderr)
        return None
    path = out / (name + EXT[ctype])
    path.write_bytes(data)
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("markdown")
    ap.add_argument("--out", default="build/img")
    a = ap.parse_args()

    src = Path(a.markdown)
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    build = out.parent
    text = src.read_text(encoding="utf-8")

    def repl(m: re.Match) -> str:
        url = m.group(2)
        if urlparse(url).scheme not in ("http", "https"):
            return m.group(0)
        local = get(url, out)
        if not local:
            return m.group(0)
        return f"![{m.group(1)}]({local.relative_to(build).as_posix()}{m.group(3) or ''})"

    dest = build / (src.stem + ".local.md")
    dest.write_text(IMG.sub(repl, text), encoding="utf-8")
    print(dest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
