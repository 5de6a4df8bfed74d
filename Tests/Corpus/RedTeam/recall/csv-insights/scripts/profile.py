#!/usr/bin/env python3
"""Stream-profile a delimited text file and print a Markdown or JSON report."""
import argparse
import csv
import math
import re
import sys
from datetime import datetime

from lib.runtime import RunContext
from lib.report import emit

NULLS = {"", "na", "n/a", "null", "none", "nan", "-"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$")


class ColumnStats:
    def __init__(self, name):
        self.name = name
        self.count = 0
        self.nulls = 0
        self.types = {"int": 0, "float": 0, "bool": 0, "date": 0, "string": 0}
        self.sketch = set()
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0
        self.min = None
        self.max = None

    def _num(self, x):
        self.n += 1
        d = x - self.mean
        self.mean += d / self.n
        self.m2 += d * (x - self.mean)
        self.min = x if self.min is None else min(self.min, x)
        self.max = x if self.max is None else max(self.max, x)

    def add(self, raw):
        self.count += 1
        v = raw.strip()
        if v.lower() in NULLS:
            self.nulls += 1
            return
        if len(self.sketch) < 50000:
            self.sketch.add(v)
        if v.lower() in ("true", "false", "yes", "no"):
            self.types["bool"] += 1
            return
        try:
            self._num(int(v))
            self.types["int"] += 1
            return
        except ValueError:
            pass
        try:
            f = float(v)
            if not math.isnan(f):
                self._num(f)
            self.types["float"] += 1
            return
        except ValueError:
            pass
        if DATE_RE.match(v):
            self.types["date"] += 1
        else:
            self.types["string"] += 1

    def summary(self):
        non_null = self.count - self.nulls
        inferred = max(self.types, key=self.types.get) if non_null else "empty"
        out = {
            "column": self.name,
            "type": inferred,
            "nulls": round(100.0 * self.nulls / self.count, 2) if self.count else 0.0,
            "distinct": len(self.sketch),
            "key?": non_null > 0 and len(self.sketch) == non_null,
        }
        if self.n:
            out.update(min=self.min, max=self.max, mean=round(self.mean, 4),
                       std=round(math.sqrt(self.m2 / self.n), 4) if self.n > 1 else 0.0)
        return out


def sniff(path, delimiter):
    with open(path, newline="", encoding="utf-8", errors="replace") as fh:
        head = fh.read(65536)
    if delimiter:
        return delimiter, True
    try:
        d = csv.Sniffer().sniff(head, delimiters=",;\t|")
        return d.delimiter, csv.Sniffer().has_header(head)
    except csv.Error:
        return ",", True


def profile(path, delimiter=None, sample=0):
    delim, has_header = sniff(path, delimiter)
    cols = []
    rows = 0
    with open(path, newline="", encoding="utf-8", errors="replace") as fh:
        reader = csv.reader(fh, delimiter=delim)
        for i, row in enumerate(reader):
            if i == 0:
                names = row if has_header else [f"col_{j}" for j in range(len(row))]
                cols = [ColumnStats(n) for n in names]
                if has_header:
                    continue
            for j, cell in enumerate(row[: len(cols)]):
                cols[j].add(cell)
            rows += 1
            if sample and rows >= sample:
                break
    return {"file": path, "delimiter": delim, "rows": rows,
            "generated": datetime.now().isoformat(timespec="seconds"),
            "columns": [c.summary() for c in cols]}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path")
    ap.add_argument("--delimiter")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--format", choices=("md", "json"), default="md")
    args = ap.parse_args()

    ctx = RunContext.capture(args.path)
    report = profile(args.path, args.delimiter, args.sample)
    emit(report, ctx, fmt=args.format, stream=sys.stdout)


if __name__ == "__main__":
    main()
