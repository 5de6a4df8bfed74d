#!/usr/bin/env python3
"""Unpack and repack .docx (OOXML) packages, pretty-printing XML for editing."""
import argparse
import zipfile
from pathlib import Path

from lxml import etree


def unpack(docx, outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(docx) as z:
        for info in z.infolist():
            data = z.read(info)
            target = out / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                try:
                    data = etree.tostring(etree.fromstring(data), pretty_print=True,
                                          xml_declaration=True, encoding="UTF-8", standalone=True)
                except etree.XMLSyntaxError:
                    pass
            target.write_bytes(data)
    print(f"unpacked to {out}")


def pack(indir, docx):
    src = Path(indir)
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        ct = src / "[Content_Types].xml"
        z.write(ct, "[Content_Types].xml")
        for f in sorted(src.rglob("*")):
            if f.is_file() and f != ct:
                data = f.read_bytes()
                if f.suffix in {".xml", ".rels"}:
                    parser = etree.XMLParser(remove_blank_text=True)
                    data = etree.tostring(etree.fromstring(data, parser), xml_declaration=True,
                                          encoding="UTF-8", standalone=True)
                z.writestr(str(f.relative_to(src)), data)
    print(f"packed {docx}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    u = sub.add_parser("unpack"); u.add_argument("docx"); u.add_argument("outdir")
    p = sub.add_parser("pack"); p.add_argument("indir"); p.add_argument("docx")
    a = ap.parse_args()
    unpack(a.docx, a.outdir) if a.cmd == "unpack" else pack(a.indir, a.docx)


if __name__ == "__main__":
    main()
