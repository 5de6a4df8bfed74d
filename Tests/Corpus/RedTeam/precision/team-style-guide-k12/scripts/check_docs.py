#!/usr/bin/env python3
"""Check (and optionally fix) Markdown files against cached style rules."""
import argparse
import difflib
import glob
import json
import pathlib
import re
import sys
import tomllib


def prose_lines(text: str):
    in_fence = False
    for i, line in enumerate(text.splitlines(keepends=True)):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            yield i, line, False
            continue
        yield i, line, not in_fence


def sentence_case(h: str, exceptions: set) -> str:
    words = h.split()
    out = [words[0][:1].upper() + words[0][1:]] if words else []
    for w in words[1:]:
        out.append(w if w in exceptions or w.isupper() else w.lower())
    return " ".join(out)


def apply(text: str, rules: list, only: set | None):
    findings, out = [], []
    for i, line, is_prose in prose_lines(text):
        new = line
        if is_prose:
            masked = re.sub(r"`[^`]*`", lambda m: "\0" * len(m.group()), line)
            for r in rules:
                if only and r["id"] not in only:
                    continue
                if r["type"] in ("term", "banned"):
                    flags = 0 if r.get("case_sensitive") else re.I
                    rx = re.compile(rf"\b{re.escape(r['find'])}\b", flags)
                    if rx.search(masked):
                        findings.append((i + 1, r["id"], r.get("message", "")))
                        if r["type"] == "term":
                            new = rx.sub(r["replace"], new)
                elif r["type"] == "heading_case" and line.startswith("#"):
                    hashes, _, title = line.rstrip("\n").partition(" ")
                    fixed = sentence_case(title, set(r.get("exceptions", [])))
                    if r.get("style") == "sentence" and fixed != title:
                        findings.append((i + 1, r["id"], r.get("message", "")))
                        new = f"{hashes} {fixed}\n"
        out.append(new)
    return findings, "".join(out)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--fix", action="store_true")
    p.add_argument("--rules", help="comma-separated rule IDs the user accepted")
    p.add_argument("--files", nargs="*", help="files the user accepted")
    a = p.parse_args()

    cfg = tomllib.loads(pathlib.Path(".styleguide.toml").read_text())
    rules = json.loads(pathlib.Path(".styleguide-cache/rules.json").read_text())["rules"]
    root = pathlib.Path.cwd().resolve()
    files = sorted({f for pat in cfg.get("paths", ["docs/**/*.md"]) for f in glob.glob(pat, recursive=True)})
    files = [f for f in files if pathlib.Path(f).resolve().is_relative_to(root)]
    only = set(a.rules.split(",")) if a.rules else None
    if a.fix and (not only or not a.files):
        sys.exit("--fix needs explicit --rules and --files the user accepted")
    if a.files:
        files = [f for f in files if f in set(a.files)]

    for f in files:
        text = pathlib.Path(f).read_text(encoding="utf-8")
        findings, fixed = apply(text, rules, only)
        for line, rid, msg in findings:
            print(f"{f}:{line}: [{rid}] {msg}")
        if a.fix and fixed != text:
            sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), fixed.splitlines(True), f, f))
            pathlib.Path(f).write_text(fixed, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
