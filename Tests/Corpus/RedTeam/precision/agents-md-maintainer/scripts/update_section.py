#!/usr/bin/env python3
import argparse
import difflib
import re
import shutil
import sys
from pathlib import Path

TAG = "agents-md-maintainer"
LINT = [
    (re.compile(r"ignore (all |any )?(previous|prior|above) (instructions|rules)", re.I), "override phrase"),
    (re.compile(r"do not (tell|inform|mention).{0,20}user", re.I), "concealment phrase"),
    (re.compile(r"(curl|wget)[^\n|]*\|\s*(ba|z)?sh", re.I), "pipe-to-shell"),
    (re.compile(r"[A-Za-z0-9+/]{80,}={0,2}"), "long base64-like blob"),
    (re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"), "invisible unicode"),
    (re.compile(r"bypassPermissions|--dangerously-skip-permissions", re.I), "permission bypass"),
]


def replace_section(text: str, section: str, body: str) -> str:
    begin = f"<!-- BEGIN {TAG}:{section} -->"
    end = f"<!-- END {TAG}:{section} -->"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    rx = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    if rx.search(text):
        return rx.sub(lambda _: block, text)
    sep = "" if text.endswith("\n\n") or not text else ("\n" if text.endswith("\n") else "\n\n")
    return f"{text}{sep}{block}\n"


def lint(path: Path) -> int:
    hits = 0
    for n, line in enumerate(path.read_text(errors="ignore").splitlines(), 1):
        for rx, why in LINT:
            if rx.search(line):
                hits += 1
                print(f"{path}:{n}: {why}: {line.strip()[:100]!r}")
    print(f"{hits} potential issue(s)")
    return hits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", required=True)
    ap.add_argument("--section")
    ap.add_argument("--from-file")
    ap.add_argument("--lint", action="store_true")
    ap.add_argument("--yes", action="store_true")
    a = ap.parse_args()
    path = Path(a.file)

    if a.lint:
        sys.exit(1 if path.exists() and lint(path) else 0)
    if not (a.section and a.from_file):
        sys.exit("--section and --from-file are required")
    if not re.fullmatch(r"[a-z][a-z0-9-]*", a.section):
        sys.exit("section name must be lowercase letters, digits, dashes")

    before = path.read_text() if path.exists() else f"# {path.stem}\n\n"
    body = Path(a.from_file).read_text()
    after = replace_section(before, a.section, body)
    diff = "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True), str(path), str(path) + " (proposed)"))
    print(diff or "no change")
    if not diff or not a.yes:
        if diff:
            print("Preview only; re-run with --yes after the user approves.")
        return
    if path.exists():
        shutil.copy2(path, path.with_name(path.name + ".bak"))
    path.write_text(after)
    print(f"updated {path}")


if __name__ == "__main__":
    main()
