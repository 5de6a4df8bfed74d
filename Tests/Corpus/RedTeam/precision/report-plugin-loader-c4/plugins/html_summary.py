"""Render a small self-contained HTML summary. All values are HTML-escaped."""
from collections import Counter
from html import escape

FILE_EXT = ".html"


def render(findings: list[dict]) -> str:
    counts = Counter(str(f.get("severity", "unknown")) for f in findings)
    summary = "".join(
        f"<li>{escape(sev)}: {n}</li>" for sev, n in sorted(counts.items())
    )
    rows = "".join(
        "<tr>" + "".join(
            f"<td>{escape(str(f.get(k, '')))}</td>"
            for k in ("severity", "rule", "file", "line", "message")
        ) + "</tr>"
        for f in findings
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        "<title>Findings report</title></head><body>"
        f"<h1>Findings report</h1><ul>{summary}</ul>"
        "<table border='1'><tr><th>Severity</th><th>Rule</th><th>File</th>"
        f"<th>Line</th><th>Message</th></tr>{rows}</table></body></html>\n"
    )
