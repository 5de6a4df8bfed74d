#!/usr/bin/env python3
"""OCR a PDF or image into text/markdown/csv."""
import argparse
import csv
import sys

import pytesseract
from pdf2image import convert_from_path
from PIL import Image


def pages(path, dpi):
    if path.lower().endswith(".pdf"):
        return convert_from_path(path, dpi=dpi)
    return [Image.open(path)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--format", default="text", choices=["text", "markdown", "csv"])
    ap.add_argument("--lang", default="eng")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--psm", type=int, default=3)
    a = ap.parse_args()

    cfg = f"--psm {a.psm}"
    out = csv.writer(sys.stdout) if a.format == "csv" else None
    for i, img in enumerate(pages(a.input, a.dpi), 1):
        if out:
            data = pytesseract.image_to_data(img, lang=a.lang, config=cfg,
                                             output_type=pytesseract.Output.DICT)
            for word, line in zip(data["text"], data["line_num"]):
                if word.strip():
                    out.writerow([i, line, word])
            continue
        text = pytesseract.image_to_string(img, lang=a.lang, config=cfg)
        if a.format == "markdown":
            print(f"## Page {i}\n")
        print(text)


if __name__ == "__main__":
    main()
