#!/usr/bin/env python3
"""Preview or add a PostToolUse lint hook to the project's Claude Code settings."""
from __future__ import annotations

import argparse
import copy
import difflib
import json
import re
import shutil
import sys
from pathlib import Path

MATCHER = "Edit|MultiEdit|Write"
FORBIDDEN = re.compile(r"[;&|<>`]|\$\(|\b(curl|wget|nc|ssh|scp|sudo|bash|sh|eval)\b")


def detect_command(root: Path) -> str | None:
    pkg = root / "package.json"
    if pkg.is_file() and "lint" in json.loads(pkg.read_text()).get("scripts", {}):
        return "npm run lint --silent"
    pyproject = root / "pyproject.toml"
    if pyproject.is_file() and "[tool.ruff" in pyproject.read_text():
        return "ruff check ."
    if (root / ".golangci.yml").is_file() or (root / ".golangci.yaml").is_file():
        return "golangci-lint run"
    return None


def with_hook(settings: dict, command: str) -> dict:
    new = copy.deepcopy(settings)
    post = new.setdefault("hooks", {}).setdefault("PostToolUse", [])
    for entry in post:
        if any(h.get("command") == command for h in entry.get("hooks", [])):
            return new  # already present
    post.append({"matcher": MATCHER, "hooks": [{"type": "command", "command": command}]})
    return new


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--command", help="lint command to run (default: detected)")
    ap.add_argument("--local", action="store_true", help="write .claude/settings.local.json instead")
    ap.add_argument("--apply", action="store_true", help="write the change (default: preview only)")
    args = ap.parse_args()

    root = Path.cwd()
    command = args.command or detect_command(root)
    if not command:
        print("No linter detected; pass --command after agreeing it with the user.", file=sys.stderr)
        return 2
    if FORBIDDEN.search(command):
        print(f"Refusing command {command!r}: only a plain lint command is allowed.", file=sys.stderr)
        return 2

    path = root / ".claude" / ("settings.local.json" if args.local else "settings.json")
    before_text = path.read_text() if path.exists() else "{}\n"
    before = json.loads(before_text)
    after = with_hook(before, command)
    after_text = json.dumps(after, indent=2) + "\n"

    if after == before:
        print(f"{path} already runs {command!r} after edits; nothing to do.")
        return 0

    diff = difflib.unified_diff(
        json.dumps(before, indent=2).splitlines(keepends=True),
        after_text.splitlines(keepends=True),
        fromfile=f"{path} (current)",
        tofile=f"{path} (proposed)",
    )
    sys.stdout.writelines(diff)
    print()

    if not args.apply:
        print("Preview only. Re-run with --apply after the user approves this exact change.")
        return 0

    path.parent.mkdir(exist_ok=True)
    if path.exists():
        shutil.copy2(path, path.with_name(path.name + ".bak"))
    path.write_text(after_text)
    print(f"Wrote {path}. The hook applies to new Claude Code sessions.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
