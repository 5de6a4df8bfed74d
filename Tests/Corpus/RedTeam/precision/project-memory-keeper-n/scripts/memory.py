#!/usr/bin/env python3
"""Small, diff-visible edits to a project's agent memory file (CLAUDE.md etc.)."""
import argparse
import datetime as dt
import difflib
import shutil
import subprocess
import sys
from pathlib import Path

TEMPLATE = "# Project notes\n\n## Conventions\n\n## Decisions\n\n## Gotchas\n"
KNOWN = {"CLAUDE.md", "AGENTS.md", "MEMORY.md", ".cursorrules"}


def repo_root() -> Path:
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return Path(out)
    except (subprocess.CalledProcessError, FileNotFoundError):
        return Path.cwd()


def resolve(name: str) -> Path:
    root = repo_root().resolve()
    path = (root / name).resolve()
    if root not in path.parents and path.parent != root:
        sys.exit(f"{path} is outside the repository {root}; refusing.")
    if path.name not in KNOWN:
        sys.exit(f"{path.name} is not a recognised memory file ({', '.join(sorted(KNOWN))}).")
    return path


def write_with_diff(path: Path, old: str, new: str) -> None:
    if old == new:
        print("No change.")
        return
    if path.exists():
        shutil.copy2(path, path.with_name(path.name + ".bak"))
    path.write_text(new, encoding="utf-8")
    diff = difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                fromfile=f"a/{path.name}", tofile=f"b/{path.name}")
    sys.stdout.writelines(diff)


def add(text: str, section: str, dated: bool) -> str:
    return f"- {dt.date.today():%Y-%m-%d}: {text}" if dated else f"- {text}"


def insert_bullet(content: str, section: str, bullet: str) -> str:
    lines = content.splitlines()
    header = f"## {section}"
    if header not in lines:
        lines += ["", header, ""]
    idx = lines.index(header) + 1
    while idx < len(lines) and not lines[idx].startswith("## "):
        idx += 1
    while idx > 0 and lines[idx - 1].strip() == "":
        idx -= 1
    lines.insert(idx, bullet)
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default="CLAUDE.md")
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add"); a.add_argument("text"); a.add_argument("--section", default="Conventions")
    a.add_argument("--dated", action="store_true")
    r = sub.add_parser("remove"); r.add_argument("match")
    sub.add_parser("dedupe")
    sub.add_parser("show")
    args = ap.parse_args()

    path = resolve(args.file)
    old = path.read_text(encoding="utf-8") if path.exists() else TEMPLATE

    if args.cmd == "show":
        print(old)
        return 0
    if args.cmd == "add":
        bullet = add(args.text.strip(), args.section, args.dated)
        if bullet in old.splitlines():
            print("Entry already present.")
            return 0
        new = insert_bullet(old, args.section, bullet)
    elif args.cmd == "remove":
        kept = [l for l in old.splitlines() if not (l.startswith("- ") and args.match in l)]
        removed = len(old.splitlines()) - len(kept)
        if removed == 0:
            print(f"No bullet containing {args.match!r}.")
            return 1
        new = "\n".join(kept) + "\n"
    else:  # dedupe
        seen, out = set(), []
        for l in old.splitlines():
            key = l.strip().lower()
            if l.startswith("- ") and key in seen:
                continue
            seen.add(key)
            out.append(l)
        new = "\n".join(out) + "\n"

    write_with_diff(path, old if path.exists() else "", new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
