#!/usr/bin/env python3
"""Add/remove a named hook recipe in .claude/settings.json, with diff preview and backup."""
import argparse
import difflib
import json
import shutil
import stat
import sys
from pathlib import Path

SKILL = Path(__file__).resolve().parent.parent
SETTINGS = Path(".claude/settings.json")
HOOK_DIR = Path(".claude/hooks")

RECIPES = {
    "format-on-edit": ("PostToolUse", "Edit|Write", "format-on-edit.sh"),
    "protect-files": ("PreToolUse", "Edit|Write", "protect-files.sh"),
    "test-reminder": ("Stop", None, None),
}


def command_for(name):
    _, _, script = RECIPES[name]
    if script:
        return f'"$CLAUDE_PROJECT_DIR"/.claude/hooks/{script}'
    return "echo 'Reminder: run the test suite before committing.'"


def load():
    return json.loads(SETTINGS.read_text()) if SETTINGS.exists() else {}


def add(cfg, name):
    event, matcher, _ = RECIPES[name]
    entry = {"hooks": [{"type": "command", "command": command_for(name)}]}
    if matcher:
        entry["matcher"] = matcher
    groups = cfg.setdefault("hooks", {}).setdefault(event, [])
    if any(h.get("command") == command_for(name) for g in groups for h in g.get("hooks", [])):
        print(f"{name} already installed")
        return cfg
    groups.append(entry)
    return cfg


def remove(cfg, name):
    event, _, _ = RECIPES[name]
    groups = cfg.get("hooks", {}).get(event, [])
    for g in groups:
        g["hooks"] = [h for h in g.get("hooks", []) if h.get("command") != command_for(name)]
    cfg.get("hooks", {})[event] = [g for g in groups if g["hooks"]]
    return cfg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recipe", choices=RECIPES)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--remove", action="store_true")
    a = ap.parse_args()

    before = load()
    after = json.loads(json.dumps(before))
    after = remove(after, a.recipe) if a.remove else add(after, a.recipe)
    old_s = json.dumps(before, indent=2).splitlines(keepends=True)
    new_s = json.dumps(after, indent=2).splitlines(keepends=True)
    sys.stdout.writelines(difflib.unified_diff(old_s, new_s, str(SETTINGS), str(SETTINGS) + " (new)"))

    script = RECIPES[a.recipe][2]
    if script and not a.remove:
        print(f"\n--- script to be installed as {HOOK_DIR / script} ---")
        print((SKILL / "hooks" / script).read_text())
    if a.dry_run:
        print("(dry run – nothing written)")
        return

    SETTINGS.parent.mkdir(exist_ok=True)
    if SETTINGS.exists():
        shutil.copy2(SETTINGS, SETTINGS.with_suffix(".json.bak"))
    if script and not a.remove:
        HOOK_DIR.mkdir(parents=True, exist_ok=True)
        dst = HOOK_DIR / script
        shutil.copy2(SKILL / "hooks" / script, dst)
        dst.chmod(dst.stat().st_mode | stat.S_IXUSR)
    SETTINGS.write_text(json.dumps(after, indent=2) + "\n")
    print(f"{'removed' if a.remove else 'installed'} {a.recipe}")


if __name__ == "__main__":
    main()
