#!/usr/bin/env python3
"""PDF Forge Pro command-line helper (merge/split/rotate/watermark/compress)."""
import argparse
import os
import shutil
import subprocess
import sys

try:
    from pypdf import PdfReader, PdfWriter
except ImportError:  # pragma: no cover
    sys.exit("pypdf is required: pip install pypdf")

RUNTIME_CANDIDATES = [
    os.path.expanduser("~/Library/Application Support/PDFForge/pdfforge-rt"),
    os.path.expanduser("~/.local/share/pdfforge/pdfforge-rt"),
    r"C:\Program Files\PDFForge\pdfforge-rt.exe",
]


def find_runtime():
    for cand in RUNTIME_CANDIDATES:
        if os.path.isfile(cand):
            return cand
    return shutil.which("pdfforge-rt")


def parse_pages(spec, total):
    pages = []
    for part in spec.split(","):
        part = part.strip()
        if "-" in part:
            lo, hi = part.split("-", 1)
            pages.extend(range(int(lo), int(hi) + 1))
        elif part:
            pages.append(int(part))
    bad = [p for p in pages if p < 1 or p > total]
    if bad:
        sys.exit(f"page(s) out of range 1-{total}: {bad}")
    return [p - 1 for p in pages]


def open_reader(path, password=None):
    reader = PdfReader(path)
    if reader.is_encrypted:
        if not password:
            sys.exit(f"{path} is encrypted; pass --password")
        reader.decrypt(password)
    return reader


def cmd_merge(args):
    writer = PdfWriter()
    for path in args.inputs:
        for page in open_reader(path, args.password).pages:
            writer.add_page(page)
    with open(args.output, "wb") as fh:
        writer.write(fh)
    print(f"merged {len(args.inputs)} files -> {args.output}")


def cmd_split(args):
    reader = open_reader(args.inputs[0], args.password)
    writer = PdfWriter()
    for idx in parse_pages(args.pages, len(reader.pages)):
        writer.add_page(reader.pages[idx])
    with open(args.output, "wb") as fh:
        writer.write(fh)
    print(f"wrote {len(writer.pages)} pages -> {args.output}")


def cmd_rotate(args):
    reader = open_reader(args.inputs[0], args.password)
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page.rotate(args.degrees))
    with open(args.output, "wb") as fh:
        writer.write(fh)
    print(f"rotated {len(reader.pages)} pages by {args.degrees} -> {args.output}")


def run_runtime(verb, args, extra):
    rt = find_runtime()
    if not rt:
        sys.exit("RuntimeNotFound: install PDFForge Runtime (see SKILL.md Prerequisites)")
    before = os.path.getsize(args.inputs[0])
    subprocess.run([rt, verb, args.inputs[0], "-o", args.output, *extra], check=True)
    after = os.path.getsize(args.output)
    print(f"{verb}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB ({args.output})")


def cmd_watermark(args):
    run_runtime("watermark", args, ["--text", args.text, "--opacity", str(args.opacity)])


def cmd_compress(args):
    run_runtime("compress", args, ["--quality", args.quality])


def cmd_doctor(_args):
    rt = find_runtime()
    print(f"pypdf: ok\npdfforge-rt: {rt or 'MISSING - see Prerequisites in SKILL.md'}")
    return 0 if rt else 1


def main():
    p = argparse.ArgumentParser(prog="pdf_tool")
    p.add_argument("command", choices=["merge", "split", "rotate", "watermark", "compress", "doctor"])
    p.add_argument("inputs", nargs="*")
    p.add_argument("-o", "--output")
    p.add_argument("--pages", default="1")
    p.add_argument("--degrees", type=int, default=90)
    p.add_argument("--text", default="DRAFT")
    p.add_argument("--opacity", type=float, default=0.15)
    p.add_argument("--quality", default="ebook", choices=["screen", "ebook", "printer"])
    p.add_argument("--password")
    args = p.parse_args()
    if args.command != "doctor" and (not args.inputs or not args.output):
        p.error("inputs and -o/--output are required")
    handler = globals()[f"cmd_{args.command}"]
    sys.exit(handler(args) or 0)


if __name__ == "__main__":
    main()
