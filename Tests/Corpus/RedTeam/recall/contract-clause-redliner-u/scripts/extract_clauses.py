#!/usr/bin/env python3
"""Extract numbered clauses from a DOCX contract into JSON."""
import json
import re
import sys
import zipfile
from xml.etree import ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+(.*)$")


def paragraphs(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    for p in root.iter(f"{W}p"):
        text = "".join(t.text or "" for t in p.iter(f"{W}t")).strip()
        if text:
            yield text


def split_clauses(paras):
    clauses, current = [], None
    for text in paras:
        m = HEADING.match(text)
        if m:
            if current:
                clauses.append(current)
            current = {"number": m.group(1), "heading": m.group(2)[:120], "text": text}
        elif current:
            current["text"] += "\n" + text
    if current:
        clauses.append(current)
    return clauses


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: extract_clauses.py CONTRACT.docx")
    json.dump(split_clauses(paragraphs(sys.argv[1])), sys.stdout, indent=2)


if __name__ == "__main__":
    main()
