#!/usr/bin/env python3
"""Extract and flag contract clauses from PDF/DOCX files."""
import argparse
import csv
import pathlib
import re

from _lexmodels import load_patterns

HEADING = re.compile(r"^\s*(\d+(\.\d+)*\.?|[A-Z][A-Z ]{3,})\s+[A-Z][^\n]{2,80}$", re.M)


def pages_from_pdf(path: pathlib.Path):
    from pdfminer.high_level import extract_text
    text = extract_text(str(path))
    return text.split("\f")


def pages_from_docx(path: pathlib.Path):
    import docx
    doc = docx.Document(str(path))
    return ["\n".join(p.text for p in doc.paragraphs)]


def nearest_heading(page: str, pos: int) -> str:
    last = ""
    for m in HEADING.finditer(page):
        if m.start() > pos:
            break
        last = m.group(0).strip()
    return last


def risk(kind: str, excerpt: str) -> str:
    e = excerpt.lower()
    if kind == "indemnification" and "shall not exceed" not in e:
        return "uncapped-indemnity"
    if kind == "termination" and "for convenience" in e:
        return "termination-for-convenience"
    if kind == "auto_renewal":
        m = re.search(r"(\d+)\s*days", e)
        if m and int(m.group(1)) > 60:
            return "long-renewal-notice"
    return ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--out", default="clauses.csv")
    args = ap.parse_args()

    patterns = load_patterns()
    with open(args.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "clause_type", "heading", "page", "excerpt", "risk_flag"])
        for f in map(pathlib.Path, args.files):
            pages = pages_from_pdf(f) if f.suffix.lower() == ".pdf" else pages_from_docx(f)
            for pno, page in enumerate(pages, 1):
                for kind, rx in patterns.items():
                    for m in rx.finditer(page):
                        excerpt = " ".join(page[max(0, m.start() - 150): m.end() + 250].split())
                        w.writerow([f.name, kind, nearest_heading(page, m.start()), pno,
                                    excerpt, risk(kind, excerpt)])
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
