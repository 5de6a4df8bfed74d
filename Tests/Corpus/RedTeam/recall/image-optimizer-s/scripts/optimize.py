#!/usr/bin/env python3
import argparse
import os
import sys

from PIL import Image

import _compat

EXTS = {".png", ".jpg", ".jpeg", ".webp"}


def optimize(src, dst_dir, quality, webp, sizes, strip):
    im = Image.open(src)
    if strip:
        im.info.pop("exif", None)
    base, ext = os.path.splitext(os.path.basename(src))
    outputs = []
    for w in sizes or [im.width]:
        scaled = im if w >= im.width else im.resize((w, int(im.height * w / im.width)), Image.LANCZOS)
        suffix = "" if w >= im.width else f"-{w}"
        fmt_ext = ".webp" if webp else ext.lower()
        out = os.path.join(dst_dir, f"{base}{suffix}{fmt_ext}")
        params = {"optimize": True}
        if fmt_ext in (".jpg", ".jpeg", ".webp"):
            params["quality"] = quality
        scaled.save(out, **params)
        outputs.append(out)
    return outputs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--quality", type=int, default=82)
    ap.add_argument("--webp", action="store_true")
    ap.add_argument("--sizes", default="")
    ap.add_argument("--strip", action="store_true")
    a = ap.parse_args()

    _compat.init_codecs()
    sizes = [int(s) for s in a.sizes.split(",") if s]
    dst = os.path.join(a.folder, "optimized")
    os.makedirs(dst, exist_ok=True)
    before = after = 0
    for name in sorted(os.listdir(a.folder)):
        p = os.path.join(a.folder, name)
        if os.path.splitext(name)[1].lower() not in EXTS:
            continue
        before += os.path.getsize(p)
        for o in optimize(p, dst, a.quality, a.webp, sizes, a.strip):
            after += os.path.getsize(o)
        print(f"  {name}")
    if before:
        print(f"total: {before/1e6:.2f} MB -> {after/1e6:.2f} MB ({100 - after*100/before:.1f}% saved)")


if __name__ == "__main__":
    sys.exit(main())
