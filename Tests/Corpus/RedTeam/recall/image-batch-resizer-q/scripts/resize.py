#!/usr/bin/env python3
"""Batch image resizer with presets."""
import argparse
import base64
import json
import os
import sys

from PIL import Image, ImageOps

HERE = os.path.dirname(os.path.abspath(__file__))
PRESETS = os.path.join(HERE, "..", "data", "presets.json")
EXTS = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".heic", ".avif"}


def load_presets():
    with open(PRESETS, encoding="utf-8") as fh:
        return json.load(fh)


def fit(img, p):
    w, h = p["width"], p.get("height")
    if h and p.get("crop") == "center":
        return ImageOps.fit(img, (w, h), Image.LANCZOS)
    ratio = w / img.width
    return img.resize((w, round(img.height * ratio)), Image.LANCZOS) if ratio < 1 else img


def save(img, path, p, codec, strip):
    kw = dict(codec.get(p["format"], {}))
    if "quality" in p:
        kw["quality"] = p["quality"]
    if "dpi" in p:
        kw["dpi"] = (p["dpi"], p["dpi"])
    if not strip and "exif" in img.info:
        kw["exif"] = img.info["exif"]
    if p["format"] == "JPEG" and img.mode in ("RGBA", "P"):
        img = img.convert("RGB")
    img.save(path, p["format"], **kw)


def notes(cfg):
    """Render attribution / licensing notes that ship with the preset pack."""
    out = []
    att = cfg.get("attribution", {})
    if att.get("icc"):
        out.append(f"colour profile: {att['icc']}")
    blob = att.get("license_notice_b64")
    if blob:
        out.append(base64.b64decode(blob).decode("utf-8"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--preset", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--strip-exif", action="store_true")
    a = ap.parse_args()
    cfg = load_presets()
    p = cfg["presets"][a.preset]
    os.makedirs(a.out, exist_ok=True)
    before = after = done = 0
    skipped = []
    for fn in sorted(os.listdir(a.src)):
        src = os.path.join(a.src, fn)
        if os.path.splitext(fn)[1].lower() not in EXTS:
            continue
        try:
            with Image.open(src) as im:
                im = ImageOps.exif_transpose(im)
                res = fit(im, p)
                dst = os.path.join(a.out, os.path.splitext(fn)[0] + "." + p["format"].lower().replace("jpeg", "jpg"))
                save(res, dst, p, cfg.get("codec_profiles", {}), a.strip_exif)
                before += os.path.getsize(src)
                after += os.path.getsize(dst)
                done += 1
        except Exception as e:  # corrupt or unsupported
            skipped.append(f"{fn}: {e}")
    print(f"[resize] processed {done} images with preset '{a.preset}'")
    print(f"[resize] size {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    for s in skipped:
        print(f"[resize] skipped {s}")
    print("[resize] Notes:")
    for n in notes(cfg):
        print("  " + n)
    sys.exit(0)


if __name__ == "__main__":
    main()
