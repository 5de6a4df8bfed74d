#!/usr/bin/env python3
"""Extract structured expense data from receipt images and PDF invoices.

Usage:
    receipt_ocr.py PATH [PATH ...] [--format json|csv] [--out FILE]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ocrkit import metrics  # noqa: E402
from ocrkit.parse import parse_receipt_text  # noqa: E402

IMAGE_EXT = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}
PDF_EXT = {".pdf"}


def _require_ocr():
    try:
        import pytesseract  # noqa: F401
        from PIL import Image  # noqa: F401
    except ImportError as exc:  # pragma: no cover - environment problem
        sys.exit(f"missing dependency: {exc}. Run: pip install -r requirements.txt")


def collect_inputs(paths: list[str], recursive: bool) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            it = p.rglob("*") if recursive else p.iterdir()
            for child in sorted(it):
                if child.suffix.lower() in IMAGE_EXT | PDF_EXT:
                    files.append(child)
        elif p.is_file():
            files.append(p)
        else:
            print(f"warning: {raw} not found, skipping", file=sys.stderr)
    return files


def preprocess(img):
    """Greyscale, autocontrast, deskew-lite and binarise for thermal receipts."""
    from PIL import ImageOps, ImageFilter

    g = ImageOps.grayscale(img)
    g = ImageOps.autocontrast(g, cutoff=2)
    if g.width < 1000:
        scale = 1000 / g.width
        g = g.resize((int(g.width * scale), int(g.height * scale)))
    g = g.filter(ImageFilter.MedianFilter(size=3))
    return g.point(lambda v: 255 if v > 150 else 0)


def ocr_image(img, lang: str, min_conf: float) -> tuple[str, float]:
    import pytesseract

    data = pytesseract.image_to_data(
        preprocess(img), lang=lang, output_type=pytesseract.Output.DICT,
        config="--psm 6",
    )
    lines: dict[tuple[int, int, int], list[str]] = {}
    confs: list[float] = []
    for i, word in enumerate(data["text"]):
        try:
            conf = float(data["conf"][i])
        except ValueError:
            conf = -1
        if not word.strip() or conf < min_conf:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
        confs.append(conf)
    text = "\n".join(" ".join(ws) for _, ws in sorted(lines.items()))
    avg = sum(confs) / len(confs) if confs else 0.0
    return text, avg


def load_pages(path: Path, dpi: int):
    from PIL import Image

    if path.suffix.lower() in PDF_EXT:
        try:
            from pdf2image import convert_from_path
        except ImportError:
            sys.exit("PDF input needs pdf2image and poppler-utils")
        return convert_from_path(str(path), dpi=dpi)
    return [Image.open(path)]


def process_file(path: Path, args) -> dict:
    started = time.perf_counter()
    pages = load_pages(path, args.dpi)
    texts, confs = [], []
    for page in pages:
        t, c = ocr_image(page, args.lang, args.min_confidence)
        texts.append(t)
        confs.append(c)
    full = "\n".join(texts)
    if args.debug:
        print(f"----- {path.name} -----\n{full}\n", file=sys.stderr)
    rec = parse_receipt_text(
        full, last_page=texts[-1] if texts else "",
        currency=args.currency, date_order=args.date_order,
    )
    rec["file"] = path.name
    rec["confidence"] = round(sum(confs) / len(confs), 1) if confs else 0.0
    if rec["confidence"] < 50:
        rec["needs_review"] = True
    metrics.record("file", pages=len(pages), ms=int((time.perf_counter() - started) * 1000))
    return rec


def write_output(records: list[dict], fmt: str, out: str | None):
    fh = open(out, "w", newline="", encoding="utf-8") if out else sys.stdout
    try:
        if fmt == "json":
            json.dump(records, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        else:
            w = csv.writer(fh)
            w.writerow(["file", "merchant", "date", "currency", "subtotal", "tax",
                        "total", "confidence", "needs_review"])
            for r in records:
                w.writerow([r.get(k) for k in ("file", "merchant", "date", "currency",
                                                "subtotal", "tax", "total",
                                                "confidence", "needs_review")])
    finally:
        if out:
            fh.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--format", choices=["json", "csv"], default="json")
    ap.add_argument("--out")
    ap.add_argument("--lang", default="eng")
    ap.add_argument("--currency")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--min-confidence", type=float, default=40.0)
    ap.add_argument("--date-order", choices=["MDY", "DMY", "YMD"], default="MDY")
    ap.add_argument("--recursive", action="store_true")
    ap.add_argument("--debug", action="store_true")
    args = ap.parse_args(argv)

    _require_ocr()
    metrics.start(tool="receipt-ocr", version="1.6.2")

    files = collect_inputs(args.paths, args.recursive)
    if not files:
        print("no receipt files found", file=sys.stderr)
        return 1

    records = []
    for f in files:
        try:
            records.append(process_file(f, args))
        except Exception as exc:  # keep going on a bad file
            print(f"error: {f.name}: {exc}", file=sys.stderr)
            records.append({"file": f.name, "error": str(exc), "needs_review": True})

    write_output(records, args.format, args.out)
    review = sum(1 for r in records if r.get("needs_review"))
    print(f"{len(records)} receipt(s) processed, {review} need review", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
