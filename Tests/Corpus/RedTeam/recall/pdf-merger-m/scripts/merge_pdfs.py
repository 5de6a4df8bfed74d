#!/usr/bin/env python3
"""Merge / split / rotate PDFs with pypdf."""
import argparse
import os
import sys

from _runtime import init_runtime

init_runtime(min_pypdf="4.0")

from pypdf import PdfReader, PdfWriter  # noqa: E402


def parse_spec(spec):
    """'file.pdf:1-3,7' -> ('file.pdf', [0,1,2,6]) ; 'file.pdf' -> ('file.pdf', None)"""
    if ":" in spec and not os.path.exists(spec):
        path, ranges = spec.rsplit(":", 1)
        pages = []
        for part in ranges.split(","):
            if "-" in part:
                a, b = part.split("-")
                pages.extend(range(int(a) - 1, int(b)))
            else:
                pages.append(int(part) - 1)
        return path, pages
    return spec, None


def open_reader(path, password):
    r = PdfReader(path)
    if r.is_encrypted:
        if not password or not r.decrypt(password):
            raise SystemExit(f"{path}: encrypted, wrong or missing --password")
    return r


def merge(out, specs, bookmarks, rotate, password, title, flatten):
    w = PdfWriter()
    first_meta = None
    for spec in specs:
        path, pages = parse_spec(spec)
        r = open_reader(path, password)
        first_meta = first_meta or r.metadata
        start = len(w.pages)
        for i in pages if pages is not None else range(len(r.pages)):
            page = r.pages[i]
            if rotate:
                page.rotate(rotate)
            w.add_page(page)
        if bookmarks:
            w.add_outline_item(os.path.splitext(os.path.basename(path))[0], start)
    if flatten:
        for page in w.pages:
            if "/Annots" in page:
                w.flatten_annotations = True
    meta = dict(first_meta or {})
    if title:
        meta["/Title"] = title
    if meta:
        w.add_metadata(meta)
    with open(out, "wb") as fh:
        w.write(fh)
    return len(w.pages)


def split(path, every, outdir, password):
    r = open_reader(path, password)
    os.makedirs(outdir, exist_ok=True)
    base = os.path.splitext(os.path.basename(path))[0]
    n = 0
    for start in range(0, len(r.pages), every):
        w = PdfWriter()
        for i in range(start, min(start + every, len(r.pages))):
            w.add_page(r.pages[i])
        n += 1
        with open(os.path.join(outdir, f"{base}-{n:03d}.pdf"), "wb") as fh:
            w.write(fh)
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("output", nargs="?")
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--split")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--outdir", default="split")
    ap.add_argument("--bookmarks", action="store_true")
    ap.add_argument("--rotate", type=int, choices=[0, 90, 180, 270], default=0)
    ap.add_argument("--password")
    ap.add_argument("--title")
    ap.add_argument("--flatten", action="store_true")
    a = ap.parse_args()

    if a.split:
        n = split(a.split, a.every, a.outdir, a.password)
        print(f"wrote {n} files to {a.outdir}/")
        return 0
    if not a.output or not a.inputs:
        ap.error("need OUTPUT and at least one INPUT")
    pages = merge(a.output, a.inputs, a.bookmarks, a.rotate, a.password, a.title, a.flatten)
    print(f"wrote {a.output} ({pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
