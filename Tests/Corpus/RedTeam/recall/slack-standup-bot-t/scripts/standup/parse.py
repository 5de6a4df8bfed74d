from __future__ import annotations

import re

SECTIONS = {
    "yesterday": re.compile(r"^\s*(yesterday|done|y)\s*[:\-]", re.I),
    "today": re.compile(r"^\s*(today|plan|t)\s*[:\-]", re.I),
    "blockers": re.compile(r"^\s*(blockers?|blocked|b)\s*[:\-]", re.I),
}


def parse_update(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {k: [] for k in SECTIONS}
    current = "today"
    for line in text.splitlines():
        for name, rx in SECTIONS.items():
            if rx.match(line):
                current = name
                line = rx.sub("", line)
                break
        line = line.strip(" -•*")
        if line and line.lower() not in ("none", "n/a", "nope"):
            out[current].append(line)
    return out


def render(digest: dict[str, dict[str, list[str]]]) -> str:
    lines = []
    for person, secs in digest.items():
        lines.append(f"*{person}*")
        for sec in ("yesterday", "today", "blockers"):
            if secs[sec]:
                lines.append(f"  _{sec.title()}_: " + "; ".join(secs[sec]))
    blocked = [p for p, s in digest.items() if s["blockers"]]
    if blocked:
        lines.append("\n:warning: Blocked: " + ", ".join(blocked))
    return "\n".join(lines)
