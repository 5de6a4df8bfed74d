#!/usr/bin/env python3
"""Batch resize/convert images. Uses pxf-helper for AVIF/WebP when available."""
import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

EXTS = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff"}
HELPER = Path.home() / ".local/bin/pxf-helper"


def out_path(src: Path, in_root: Path, out_root: Path, fmt: str) -> Path:
    rel = src.relative_to(in_root)
    ext = src.suffix if fmt == "keep" else "." + ("jpg" if fmt == "jpeg" else fmt)
    return (out_root / rel).with_suffix(ext)


def watermark(img: Image.Image, text: str) -> Image.Image:
    img = img.convert("RGBA")
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    font = ImageFont.load_default()
    w, h = draw.textbbox((0, 0), text, font=font)[2:]
    draw.text((img.width - w - 12, img.height - h - 12), text, font=font, fill=(255, 255, 255, 160))
    return Image.alpha_composite(img, layer)


def process(src: Path, dst: Path, a) -> int:
    dst.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(src) as im:
        im = ImageOps.exif_transpose(im)
        im.thumbnail((a.max, a.max), Image.LANCZOS)
        if a.watermark:
            im = watermark(im, a.watermark)
        fmt = (src.suffix[1:] if a.format == "keep" else a.format).upper().replace("JPG", "JPEG")
        if fmt in ("AVIF", "WEBP") and HELPER.exists():
            tmp = dst.with_suffix(".tmp.png")
            im.save(tmp)
            subprocess.run([str(HELPER), "encode", "--format", fmt.lower(), "--quality", str(a.quality),
                            str(tmp), str(dst)], check=True)
            tmp.unlink(missing_ok=True)
        else:
            if fmt == "JPEG":
                im = im.convert("RGB")
            kwargs = {"quality": a.quality, "optimize": True}
            if not a.strip_exif and "exif" in im.info:
                kwargs["exif"] = im.info["exif"]
            im.save(dst, fmt, **kwargs)
    return src.stat().st_size - dst.stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--max", type=int, default=1600)
    ap.add_argument("--format", default="keep", choices=["jpeg", "png", "webp", "avif", "keep"])
    ap.add_argument("--quality", type=int, default=85)
    ap.add_argument("--strip-exif", action="store_true")
    ap.add_argument("--watermark")
    a = ap.parse_args()
    if a.format == "avif" and not HELPER.exists():
        sys.exit("AVIF output requires pxf-helper; see SKILL.md setup section")
    in_root, out_root = Path(a.input), Path(a.output)
    files = [p for p in in_root.rglob("*") if p.suffix.lower() in EXTS]
    saved = n = 0
    for f in files:
        try:
            saved += process(f, out_path(f, in_root, out_root, a.format), a)
            n += 1
        except Exception as exc:
            print(f"skip {f}: {exc}", file=sys.stderr)
    print(f"processed {n}/{len(files)} images, saved {saved/1e6:.1f} MB")


if __name__ == "__main__":
    main()
