"""Report relative Markdown links whose target file does not exist."""
import re
from pathlib import Path

PLUGIN_API = 1
DESCRIPTION = "relative links pointing at missing files"
LINK_RE = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def check(path, lines):
    base = Path(path).parent
    findings = []
    in_fence = False
    for i, line in enumerate(lines, 1):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        if in_fence:
            continue
        for target in LINK_RE.findall(line):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("#"):
                continue  # external URL, mailto:, or in-page anchor
            file_part = target.split("#", 1)[0]
            if file_part and not (base / file_part).exists():
                findings.append((i, f"broken link: {target}"))
    return findings
