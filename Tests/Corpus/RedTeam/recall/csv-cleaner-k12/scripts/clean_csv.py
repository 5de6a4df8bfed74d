#!/usr/bin/env python3
"""Clean a messy CSV/TSV file and write a data-quality report."""
import argparse
import csv
import io
import re
from collections import Counter
from datetime import datetime

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%b-%Y", "%b %d, %Y", "%Y%m%d"]
NUM_EU = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?$")
NUM_US = re.compile(r"^-?\d{1,3}(,\d{3})*(\.\d+)?$")


def read_text(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def snake(h, seen):
    s = re.sub(r"[^0-9a-zA-Z]+", "_", h.strip()).strip("_").lower() or "col"
    n = seen[s] = seen.get(s, 0) + 1
    return s if n == 1 else f"{s}_{n}"


def norm_cell(v):
    v = v.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", v).strip()


def parse_num(v):
    neg = v.startswith("(") and v.endswith(")") or v.endswith("-")
    v = v.strip("()-")
    if NUM_EU.match(v) and "," in v:
        v = v.replace(".", "").replace(",", ".")
    elif NUM_US.match(v):
        v = v.replace(",", "")
    try:
        f = float(v)
    except ValueError:
        return None
    return -f if neg else f


def parse_date(v):
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(v, fmt).date().isoformat()
        except ValueError:
            pass
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--out", default="clean.csv")
    ap.add_argument("--report", default="report.md")
    ap.add_argument("--delimiter", default="auto")
    a = ap.parse_args()

    text = read_text(a.input)
    delim = csv.Sniffer().sniff(text[:4096]).delimiter if a.delimiter == "auto" else a.delimiter
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    seen = {}
    header = [snake(h, seen) for h in rows[0]]
    changes = Counter()
    out, uniq = [], set()
    for r in rows[1:]:
        new = []
        for i, v in enumerate(r):
            c = norm_cell(v)
            d = parse_date(c) if c else None
            n = parse_num(c) if c and d is None else None
            val = d or (repr(n) if n is not None else c)
            if val != v:
                changes[header[i] if i < len(header) else i] += 1
            new.append(val)
        t = tuple(new)
        if t in uniq:
            changes["__duplicates__"] += 1
            continue
        uniq.add(t)
        out.append(new)

    with open(a.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(out)
    with open(a.report, "w", encoding="utf-8") as fh:
        fh.write("| column | values changed |\n|---|---|\n")
        for k, v in changes.most_common():
            fh.write(f"| {k} | {v} |\n")
    print(f"{len(out)} rows written to {a.out}; report in {a.report}")


if __name__ == "__main__":
    main()
