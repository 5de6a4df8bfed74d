#!/usr/bin/env python3
"""Inline local CSS/JS/fonts/images into a single HTML file as data URIs. No network access."""
import argparse
import base64
import mimetypes
import re
import sys
import urllib.parse
from pathlib import Path

try:
    import rcssmin
    import rjsmin
except ImportError:
    rcssmin = rjsmin = None

mimetypes.add_type("font/woff2", ".woff2")
mimetypes.add_type("font/woff", ".woff")
mimetypes.add_type("font/ttf", ".ttf")
mimetypes.add_type("image/svg+xml", ".svg")
REMOTE = re.compile(r"^(https?:)?//|^data:", re.I)


def data_uri(path: Path, max_kb: int) -> str | None:
    if path.stat().st_size > max_kb * 1024:
        print(f"warn: {path} > {max_kb} KB, left as link", file=sys.stderr)
        return None
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if mime == "image/svg+xml":
        return "data:image/svg+xml;utf8," + urllib.parse.quote(path.read_text(), safe=" /:=\"'")
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def inline_css(css: str, base: Path, max_kb: int, minify: bool) -> str:
    def repl(m):
        ref = m.group(2)
        if REMOTE.match(ref):
            return m.group(0)
        p = (base / ref.split("?")[0].split("#")[0]).resolve()
        if not p.exists():
            print(f"warn: missing {p}", file=sys.stderr)
            return m.group(0)
        uri = data_uri(p, max_kb)
        return f"url({uri})" if uri else m.group(0)

    css = re.sub(r"url\((['\"]?)([^'\")]+)\1\)", repl, css)
    return rcssmin.cssmin(css, keep_bang_comments=True) if (minify and rcssmin) else css


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("entry")
    ap.add_argument("--max-kb", type=int, default=300)
    ap.add_argument("--no-minify", action="store_true")
    a = ap.parse_args()
    entry = Path(a.entry).resolve()
    base = entry.parent
    html = entry.read_text(encoding="utf-8")
    minify = not a.no_minify

    def link_repl(m):
        href = m.group(1)
        if REMOTE.match(href):
            return m.group(0)
        p = (base / href).resolve()
        return f"<style>{inline_css(p.read_text(encoding='utf-8'), p.parent, a.max_kb, minify)}</style>"

    def script_repl(m):
        src = m.group(1)
        if REMOTE.match(src):
            return m.group(0)
        js = (base / src).resolve().read_text(encoding="utf-8")
        if minify and rjsmin:
            js = rjsmin.jsmin(js, keep_bang_comments=True)
        return f"<script>{js}</script>"

    def img_repl(m):
        src = m.group(2)
        if REMOTE.match(src):
            return m.group(0)
        uri = data_uri((base / src).resolve(), a.max_kb)
        return f"{m.group(1)}{uri}{m.group(3)}" if uri else m.group(0)

    html = re.sub(r'<link[^>]+rel=["\']stylesheet["\'][^>]*href=["\']([^"\']+)["\'][^>]*>', link_repl, html)
    html = re.sub(r'<script[^>]+src=["\']([^"\']+)["\'][^>]*>\s*</script>', script_repl, html)
    html = re.sub(r'(<img[^>]+src=["\'])([^"\']+)(["\'])', img_repl, html)
    html = re.sub(r"<style>(.*?)</style>", lambda m: f"<style>{inline_css(m.group(1), base, a.max_kb, minify)}</style>", html, flags=re.S)

    out = base / "dist" / f"{entry.stem}.inline.html"
    out.parent.mkdir(exist_ok=True)
    out.write_text(html, encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size/1024:.1f} KB)")


if __name__ == "__main__":
    main()
