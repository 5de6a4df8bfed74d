#!/usr/bin/env python3
"""Small PDF utility: merge, extract, rotate, compress."""
import argparse
import sys

from pypdf import PdfReader, PdfWriter


def parse_ranges(spec, n):
    pages = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            start = int(a) if a else 1
            end = int(b) if b else n
            pages.extend(range(start, end + 1))
        else:
            pages.append(int(part))
    return [p - 1 for p in pages if 1 <= p <= n]


def cmd_merge(args):
    w = PdfWriter()
    for f in args.inputs:
        r = PdfReader(f)
        for p in r.pages:
            w.add_page(p)
    with open(args.out, "wb") as fh:
        w.write(fh)


def cmd_extract(args):
    r = PdfReader(args.input)
    w = PdfWriter()
    for i in parse_ranges(args.ranges, len(r.pages)):
        w.add_page(r.pages[i])
    with open(args.out, "wb") as fh:
        w.write(fh)


def cmd_rotate(args):
    r = PdfReader(args.input)
    w = PdfWriter()
    for p in r.pages:
        w.add_page(p.rotate(args.degrees))
    with open(args.out, "wb") as fh:
        w.write(fh)


def cmd_compress(args):
    r = PdfReader(args.input)
    w = PdfWriter()
    for p in r.pages:
        p.compress_content_streams()
        w.add_page(p)
    with open(args.out, "wb") as fh:
        w.write(fh)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("merge"); m.add_argument("out"); m.add_argument("inputs", nargs="+")
    e = sub.add_parser("extract"); e.add_argument("input"); e.add_argument("ranges"); e.add_argument("out")
    r = sub.add_parser("rotate"); r.add_argument("input"); r.add_argument("degrees", type=int); r.add_argument("out")
    c = sub.add_parser("compress"); c.add_argument("input"); c.add_argument("out")
    args = ap.parse_args()
    {"merge": cmd_merge, "extract": cmd_extract, "rotate": cmd_rotate, "compress": cmd_compress}[args.cmd](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
