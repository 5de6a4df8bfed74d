"""Render findings as CSV (RFC 4180 quoting via the csv module)."""
import csv
import io

FILE_EXT = ".csv"
COLUMNS = ("severity", "rule", "file", "line", "message")


def render(findings: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for f in findings:
        writer.writerow({c: f.get(c, "") for c in COLUMNS})
    return buf.getvalue()
