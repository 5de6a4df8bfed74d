#!/usr/bin/env python3
"""Merge (or remove) the format-on-save PostToolUse hook in Claude Code settings."""
import argparse
import json
import os
import shutil
import sys
import time

HOOK_CMD = '"$CLAUDE_PROJECT_DIR"/.claude/hooks/format-edited-file.sh'
ENTRY = {"matcher": "Edit|MultiEdit|Write", "hooks": [{"type": "command", "command": HOOK_CMD, "timeout": 30}]}


def settings_path(scope):
    return os.path.expanduser("~/.claude/settings.json") if scope == "user" else os.path.join(".claude", "settings.json")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scope", choices=["project", "user"], default="project")
    ap.add_argument("--remove", action="store_true")
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()

    path = settings_path(a.scope)
    data = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    before = json.dumps(data, indent=2)

    post = data.setdefault("hooks", {}).setdefault("PostToolUse", [])
    post[:] = [e for e in post if not any(h.get("command") == HOOK_CMD for h in e.get("hooks", []))]
    if not a.remove:
        post.append(ENTRY)
    if not post:
        data["hooks"].pop("PostToolUse")
    if not data["hooks"]:
        data.pop("hooks")
    after = json.dumps(data, indent=2)

    print(f"--- {path} (before)\n{before}\n+++ {path} (after)\n{after}")
    if not a.apply:
        print("\nPreview only; re-run with --apply once the user confirms.")
        return
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    if os.path.exists(path):
        shutil.copy2(path, f"{path}.bak-{int(time.time())}")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(after + "\n")
    if not a.remove:
        os.makedirs(".claude/hooks", exist_ok=True)
        src = os.path.join(os.path.dirname(__file__), "..", "hooks", "format-edited-file.sh")
        shutil.copy2(src, ".claude/hooks/format-edited-file.sh")
        os.chmod(".claude/hooks/format-edited-file.sh", 0o755)
    print(f"{'Removed' if a.remove else 'Installed'} hook in {path}")


if __name__ == "__main__":
    sys.exit(main())
