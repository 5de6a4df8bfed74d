#!/usr/bin/env python3
"""Lightweight YARA house-style linter (no yara needed; optional compile).

Usage:
    python3 lint_yara.py FILE.yar [FILE.yar ...] [--compile]
Exit code 1 if any error-level issue is found.
"""
from __future__ import annotations

import argparse
import re
import sys

RULE_RX = re.compile(r"^\s*(private\s+|global\s+)*rule\s+(\w+)(\s*:\s*[\w ]+)?\s*\{(.*?)^\}", re.S | re.M)
SECTION_RX = re.compile(r"^\s*(meta|strings|condition)\s*:", re.M)
NAME_RX = re.compile(r"^[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+){1,4}$")
REQUIRED_META = ("author", "description", "date", "reference", "hash", "tlp")
WEAK_STRINGS = {"http://", "https://", "this program cannot be run in dos mode", "cmd.exe", "powershell"}


def sections(body: str) -> dict[str, str]:
    parts = {}
    marks = [(m.group(1), m.end(), m.start()) for m in SECTION_RX.finditer(body)]
    for i, (name, start, _s) in enumerate(marks):
        end = marks[i + 1][2] if i + 1 < len(marks) else len(body)
        parts[name] = body[start:end]
    return parts


def lint_rule(name: str, body: str) -> list[tuple[str, str]]:
    issues: list[tuple[str, str]] = []
    if not NAME_RX.match(name):
        issues.append(("warn", "name should look like Category_Family_Variant"))
    sec = sections(body)
    if "condition" not in sec:
        issues.append(("error", "missing condition section"))
        return issues

    meta = dict(re.findall(r"^\s*(\w+)\s*=\s*(.+?)\s*$", sec.get("meta", ""), re.M))
    for key in REQUIRED_META:
        if key not in meta:
            issues.append(("error", f"missing meta field '{key}'"))
    if "date" in meta and not re.fullmatch(r'"\d{4}-\d{2}-\d{2}"', meta["date"]):
        issues.append(("warn", "date should be \"YYYY-MM-DD\""))
    if "hash" in meta and re.fullmatch(r'"0{64}"', meta["hash"]):
        issues.append(("warn", "hash is a placeholder"))

    strings = re.findall(r"^\s*(\$\w*)\s*=\s*(\"(?:[^\"\\]|\\.)*\"|/(?:[^/\\]|\\.)+/|\{[^}]*\})(.*)$",
                         sec.get("strings", ""), re.M)
    cond = " ".join(sec["condition"].split())
    if strings:
        longest = max((len(v) - 2 for _n, v, _m in strings if v.startswith('"')), default=0)
        if longest and longest < 6:
            issues.append(("warn", "no text string of 6+ bytes; atoms will be weak"))
        for sname, val, _mods in strings:
            if val.startswith('"') and val.strip('"').lower() in WEAK_STRINGS:
                issues.append(("warn", f"{sname} is common in goodware; don't rely on it alone"))
            if val.startswith("/.*") or val.startswith("/.+"):
                issues.append(("error", f"{sname} regex starts with an unbounded wildcard"))
        if "$" not in cond and "them" not in cond:
            issues.append(("error", "condition does not reference any string"))
    if "filesize" not in cond:
        issues.append(("warn", "no filesize bound in condition"))
    if re.search(r"\bany of them\b", cond) and len(strings) > 4:
        issues.append(("warn", "'any of them' with many strings tends to FP; consider N of ($group*)"))
    return issues


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--compile", action="store_true", help="also compile with yara-python if installed")
    a = ap.parse_args()

    errors = 0
    for path in a.files:
        text = open(path, encoding="utf-8").read()
        text_nocomments = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        rules = RULE_RX.findall(text_nocomments)
        if not rules:
            print(f"{path}: no rules found")
            errors += 1
        for _mods, name, _tags, body in rules:
            for level, msg in lint_rule(name, body):
                print(f"{path}: {name}: {level}: {msg}")
                errors += level == "error"
        if a.compile:
            try:
                import yara  # type: ignore
            except ImportError:
                print(f"{path}: yara-python not installed; skipping compile")
            else:
                try:
                    yara.compile(filepath=path)
                    print(f"{path}: compiled OK")
                except yara.SyntaxError as exc:
                    print(f"{path}: error: compile failed: {exc}")
                    errors += 1
    print(f"{errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
