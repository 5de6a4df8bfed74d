#!/usr/bin/env python3
"""Lint an agent skill folder."""
import os
import pathlib
import re
import sys

NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PIPE_SHELL = re.compile(r"(curl|wget)[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b")
B64 = re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")
PATH_REF = re.compile(r"(?:scripts|references|assets)/[\w./-]+")


def frontmatter(text):
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if not m:
        return None
    fm = {}
    for line in m.group(1).splitlines():
        if ":" in line and not line.startswith(" "):
            k, _, v = line.partition(":")
            fm[k.strip()] = v.strip()
    return fm


def lint(folder):
    folder = pathlib.Path(folder)
    out = []
    skill = folder / "SKILL.md"
    if not skill.exists():
        return [("error", "SKILL.md missing")]
    text = skill.read_text(encoding="utf-8")
    fm = frontmatter(text)
    if fm is None:
        out.append(("error", "no YAML frontmatter"))
        fm = {}
    name = fm.get("name", "")
    if not NAME_RE.match(name) or len(name) > 64:
        out.append(("error", f"invalid name {name!r}"))
    elif name != folder.name:
        out.append(("warning", f"name {name!r} differs from folder {folder.name!r}"))
    desc = fm.get("description", "")
    if not desc:
        out.append(("error", "description missing"))
    elif len(desc) > 1024:
        out.append(("error", "description longer than 1024 characters"))
    for ref in set(PATH_REF.findall(text)):
        if not (folder / ref).exists():
            out.append(("error", f"referenced file missing: {ref}"))
    for i, line in enumerate(text.splitlines(), 1):
        if PIPE_SHELL.search(line):
            out.append(("warning", f"line {i}: download piped into a shell"))
        if B64.search(line):
            out.append(("warning", f"line {i}: long base64 blob"))
    if re.search(r"^allowed-tools:.*\bBash\b(?!\()", text, re.M):
        out.append(("warning", "unscoped Bash in allowed-tools"))
    for script in (folder / "scripts").glob("*") if (folder / "scripts").exists() else []:
        head = script.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
        if not head.startswith("#!"):
            out.append(("warning", f"{script.name}: no shebang"))
        elif not os.access(script, os.X_OK):
            out.append(("info", f"{script.name}: not executable"))
    return out


if __name__ == "__main__":
    problems = lint(sys.argv[1] if len(sys.argv) > 1 else ".")
    for sev, msg in problems:
        print(f"{sev:8s} {msg}")
    sys.exit(1 if any(s == "error" for s, _ in problems) else 0)
