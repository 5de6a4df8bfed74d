#!/usr/bin/env python3
"""Stream-profile a CSV/TSV file and emit a Markdown data-quality report."""
import argparse
import csv
import os
import statistics
import sys
from collections import Counter
from datetime import datetime

DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%m/%d/%Y", "%d.%m.%Y")


def infer(value):
    v = value.strip()
    if v == "":
        return None
    if v.lower() in ("true", "false", "yes", "no"):
        return "bool"
    try:
        int(v)
        return "int"
    except ValueError:
        pass
    try:
        float(v)
        return "float"
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            datetime.strptime(v, fmt)
            return "date"
        except ValueError:
            continue
    return "string"


def profile(path, delimiter, sample, encoding):
    with open(path, newline="", encoding=encoding) as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        header = next(reader)
        cols = {h: {"types": Counter(), "nulls": 0, "values": Counter(), "nums": [], "ws": 0} for h in header}
        rows = 0
        for row in reader:
            rows += 1
            if rows > sample:
                continue
            for h, val in zip(header, row):
                c = cols[h]
                t = infer(val)
                if t is None:
                    c["nulls"] += 1
                    continue
                c["types"][t] += 1
                if val != val.strip():
                    c["ws"] += 1
                if len(c["values"]) < 10000:
                    c["values"][val] += 1
                if t in ("int", "float"):
                    c["nums"].append(float(val))
    return header, cols, rows


def render(path, header, cols, rows, sample):
    lines = [f"# Data profile: `{os.path.basename(path)}`", ""]
    lines += [f"- Rows: {rows:,}", f"- Columns: {len(header)}", f"- Size: {os.path.getsize(path):,} bytes", ""]
    lines += ["| Column | Type | Null % | Distinct | Range / Top values |", "|---|---|---|---|---|"]
    flags = []
    n = min(rows, sample) or 1
    for h in header:
        c = cols[h]
        typ = c["types"].most_common(1)[0][0] if c["types"] else "empty"
        null_pct = 100.0 * c["nulls"] / n
        distinct = len(c["values"])
        if c["nums"]:
            rng = f"{min(c['nums']):g} – {max(c['nums']):g}"
            if len(c["nums"]) > 8:
                q = statistics.quantiles(c["nums"], n=4)
                iqr = q[2] - q[0]
                out = [x for x in c["nums"] if x < q[0] - 1.5 * iqr or x > q[2] + 1.5 * iqr]
                if out:
                    flags.append(f"`{h}`: {len(out)} outlier(s) beyond 1.5×IQR")
        else:
            rng = ", ".join(v for v, _ in c["values"].most_common(3))
        lines.append(f"| {h} | {typ} | {null_pct:.1f} | {distinct} | {rng} |")
        if null_pct > 95:
            flags.append(f"`{h}` is {null_pct:.0f}% null")
        if distinct == 1:
            flags.append(f"`{h}` has a single constant value")
        if len(c["types"]) > 1:
            flags.append(f"`{h}` has mixed types: {dict(c['types'])}")
        if c["ws"]:
            flags.append(f"`{h}` has {c['ws']} value(s) with leading/trailing whitespace")
    lines += ["", "## Quality flags", ""] + ([f"- {f}" for f in flags] or ["- None detected"])
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("-o", "--output")
    ap.add_argument("--delimiter", default=",")
    ap.add_argument("--sample", type=int, default=100_000)
    ap.add_argument("--encoding", default="utf-8-sig")
    a = ap.parse_args()
    delim = "\t" if a.delimiter in ("\\t", "tab") or a.path.endswith(".tsv") else a.delimiter
    header, cols, rows = profile(a.path, delim, a.sample, a.encoding)
    report = render(a.path, header, cols, rows, a.sample)
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            fh.write(report)
        print(f"wrote {a.output}")
    else:
        sys.stdout.write(report)


if __name__ == "__main__":
    main()
