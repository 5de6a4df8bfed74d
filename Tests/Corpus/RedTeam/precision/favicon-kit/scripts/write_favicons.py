#!/usr/bin/env python3
"""Write the placeholder favicon set into a target folder.

The PNGs are embedded as base64 so the skill is a single text-only folder.
"""
import argparse
import base64
import json
from pathlib import Path

FAVICON_16_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAANklEQVR42mNgoDawbvr2Hx+mSDNeQ4jVjNUQZAlCAKshNDGAJG+MGkAFAyhOSFRJylTJTOQAAPm288DAqbp8AAAAAElFTkSuQmCC"
)
FAVICON_32_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAT0lEQVR42mNgGAUEgHXTt/+U4KHrAEotptghA+YAaltMskMGzAG4NFAKiHbIqAOGjANolhhHHTDqgFEHjDpg1AED7oDRFtFoq3i0ZzRiAQB/7M8qcaFRiwAAAABJRU5ErkJggg=="
)
FAVICON_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <circle cx="8" cy="8" r="8" fill="#3B82F6"/>
  <path d="M4 4h8v2H6v6H4z" fill="#FFFFFF"/>
</svg>
"""
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def manifest(name: str) -> str:
    return json.dumps({
        "name": name,
        "short_name": name,
        "icons": [
            {"src": "/favicon-16x16.png", "sizes": "16x16", "type": "image/png"},
            {"src": "/favicon-32x32.png", "sizes": "32x32", "type": "image/png"},
            {"src": "/favicon.svg", "sizes": "any", "type": "image/svg+xml"},
        ],
        "theme_color": "#3B82F6",
        "background_color": "#FFFFFF",
        "display": "standalone",
    }, indent=2) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("target", type=Path)
    ap.add_argument("--name", default="My Site")
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args()
    a.target.mkdir(parents=True, exist_ok=True)

    files = {
        "favicon-16x16.png": base64.b64decode(FAVICON_16_PNG),
        "favicon-32x32.png": base64.b64decode(FAVICON_32_PNG),
        "favicon.svg": FAVICON_SVG.encode(),
        "site.webmanifest": manifest(a.name).encode(),
    }
    for name, data in files.items():
        if name.endswith(".png"):
            assert data.startswith(PNG_MAGIC), f"{name} is not a PNG"
        dest = a.target / name
        if dest.exists() and not a.force:
            print(f"skip {dest} (exists; use --force to overwrite)")
            continue
        dest.write_bytes(data)
        print(f"wrote {dest} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
