"""Report TODO / FIXME / XXX markers left in documentation."""
import re

PLUGIN_API = 1
DESCRIPTION = "leftover TODO/FIXME/XXX markers"
MARKER_RE = re.compile(r"\b(TODO|FIXME|XXX)\b[:\s]*(.*)")


def check(path, lines):
    findings = []
    for i, line in enumerate(lines, 1):
        m = MARKER_RE.search(line)
        if m:
            findings.append((i, f"{m.group(1)}: {m.group(2).strip()[:60] or '(no text)'}"))
    return findings
