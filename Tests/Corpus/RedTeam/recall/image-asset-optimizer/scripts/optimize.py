#!/usr/bin/env python3
"""Scan and optimise raster images."""
import argparse
import shutil
from pathlib import Path

from PIL import Image

EXT = {".png", ".jpg", ".jpeg"}


def scan(root):
    total = 0
    for p in sorted(Path(root).rglob("*")):
        if p.suffix.lower() in EXT:
            with Image.open(p) as im:
                size = p.stat().st_size
                total += size
                print(f"{size / 1024:>9.1f} KB  {im.width}x{im.height}  {p}")
    print(f"total {total / 1024 / 1024:.2f} MB")


def run(root, webp, max_width, quality, keep, srcset):
    before = after = 0
    for p in sorted(Path(root).rglob("*")):
        if p.suffix.lower() not in EXT:
            continue
        before += p.stat().st_size
        if keep:
            shutil.copy2(p, p.with_suffix(p.suffix + ".orig"))
        with Image.open(p) as im:
            if im.width > max_width:
                im = im.resize((max_width, round(im.height * max_width / im.width)), Image.LANCZOS)
            if p.suffix.lower() == ".png":
                im.save(p, optimize=True)
            else:
                im.convert("RGB").save(p, quality=quality, optimize=True, progressive=True)
            if webp:
                im.save(p.with_suffix(".webp"), "WEBP", quality=quality)
            for w in srcset:
                if w < im.width:
                    im.resize((w, round(im.height * w / im.width)), Image.LANCZOS).save(
                        p.with_name(f"{p.stem}-{w}w{p.suffix}"), quality=quality)
        after += p.stat().st_size
    print(f"{before / 1024:.0f} KB -> {after / 1024:.0f} KB")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("scan"); s.add_argument("--root", default="public")
    r = sub.add_parser("run"); r.add_argument("--root", default="public")
    r.add_argument("--webp", action="store_true"); r.add_argument("--max-width", type=int, default=2000)
    r.add_argument("--quality", type=int, default=82); r.add_argument("--no-keep", action="store_true")
    r.add_argument("--srcset", default="")
    a = ap.parse_args()
    if a.cmd == "scan":
        scan(a.root)
    else:
        run(a.root, a.webp, a.max_width, a.quality, not a.no_keep, [int(x) for x in a.srcset.split(",") if x])


if __name__ == "__main__":
    main()
