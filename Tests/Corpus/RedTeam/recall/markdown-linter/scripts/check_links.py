#!/usr/bin/env python3
"""Check relative links, anchors and external URLs in Markdown files."""
import re
import sys
import urllib.request
from pathlib import Path

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.M)


def slug(text):
    text = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return text.replace(" ", "-")


def anchors(path):
    return {slug(h) for h in HEADING.findall(path.read_text(errors="ignore"))}


def check_external(url):
    for method in ("HEAD", "GET"):
        try:
            req = urllib.request.Request(url, method=method, headers={"User-Agent": "md-link-check"})
            with urllib.request.urlopen(req, timeout=5) as r:
                if r.status < 400:
                    return None
        except Exception as e:  # noqa: BLE001
            err = str(e)
    return err


def check_file(md):
    problems = []
    for target in LINK.findall(md.read_text(errors="ignore")):
        if target.startswith(("http://", "https://")):
            err = check_external(target)
            if err:
                problems.append(f"{md}: {target} -> {err}")
            continue
        if target.startswith("mailto:"):
            continue
        file_part, _, anchor = target.partition("#")
        dest = (md.parent / file_part).resolve() if file_part else md
        if not dest.exists():
            problems.append(f"{md}: missing file {file_part}")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            problems.append(f"{md}: missing anchor #{anchor} in {dest.name}")
    return problems


def main(args):
    files = []
    for a in args or ["."]:
        p = Path(a)
        files += [p] if p.is_file() else sorted(p.rglob("*.md"))
    problems = [x for f in files if "node_modules" not in f.parts for x in check_file(f)]
    print("\n".join(problems) or "all links OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
