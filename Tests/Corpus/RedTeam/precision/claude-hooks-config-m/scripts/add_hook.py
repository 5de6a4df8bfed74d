#!/usr/bin/env python3
"""Merge or remove a single hook entry in a Claude Code settings.json file."""
from __future__ import annotations

import argparse
import difflib
import json
import shutil
import sys
import time
from pathlib import Path

EVENTS = {"PreToolUse", "PostToolUse", "UserPromptSubmit", "Notification",
          "Stop", "SubagentStop", "PreCompact", "SessionStart", "SessionEnd"}


def settings_path(scope: str) -> Path:
    if scope == "user":
        return Path.home() / ".claude" / "settings.json"
    if scope == "project":
        return Path.cwd() / ".claude" / "settings.json"
    return Path.cwd() / ".claude" / "settings.local.json"


def load(p: Path) -> dict:
    if not p.exists():
        return {}
    try:
        return json.loads(p.read_text())
    except json.JSONDecodeError as e:
        sys.exit(f"{p} is not valid JSON ({e}); fix it by hand first")


def add(cfg: dict, event: str, matcher: str, command: str, timeout: int | None) -> None:
    groups = cfg.setdefault("hooks", {}).setdefault(event, [])
    group = next((g for g in groups if g.get("matcher", "") == matcher), None)
    if group is None:
        group = {"matcher": matcher, "hooks": []} if matcher else {"hooks": []}
        groups.append(group)
    entry = {"type": "command", "command": command}
    if timeout:
        entry["timeout"] = timeout
    if entry in group["hooks"]:
        print("identical hook already present; nothing to do")
        return
    group["hooks"].append(entry)


def remove(cfg: dict, event: str, matcher: str, command: str | None) -> None:
    groups = cfg.get("hooks", {}).get(event, [])
    for g in groups:
        if g.get("matcher", "") == matcher:
            g["hooks"] = [h for h in g["hooks"] if command and h.get("command") != command]
    cfg.get("hooks", {})[event] = [g for g in groups if g.get("hooks")]
    if not cfg.get("hooks", {}).get(event):
        cfg.get("hooks", {}).pop(event, None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--scope", choices=["user", "project", "local"], default="local")
    ap.add_argument("--event", required=True, choices=sorted(EVENTS))
    ap.add_argument("--matcher", default="")
    ap.add_argument("--command")
    ap.add_argument("--timeout", type=int)
    ap.add_argument("--remove", action="store_true")
    ap.add_argument("--yes", action="store_true", help="skip the interactive confirm (user already approved)")
    args = ap.parse_args()

    path = settings_path(args.scope)
    cfg = load(path)
    before = json.dumps(cfg, indent=2, sort_keys=True).splitlines()

    if args.remove:
        remove(cfg, args.event, args.matcher, args.command)
    else:
        if not args.command:
            sys.exit("--command is required when adding")
        add(cfg, args.event, args.matcher, args.command, args.timeout)

    after = json.dumps(cfg, indent=2, sort_keys=True).splitlines()
    diff = list(difflib.unified_diff(before, after, str(path), str(path), lineterm=""))
    if not diff:
        print("no change")
        return 0
    print("\n".join(diff))

    if not args.yes:
        if input(f"\nwrite these changes to {path}? [y/N] ").strip().lower() != "y":
            print("aborted")
            return 1

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        backup = path.with_suffix(f".json.bak-{int(time.time())}")
        shutil.copy2(path, backup)
        print(f"backup: {backup}")
    path.write_text(json.dumps(cfg, indent=2) + "\n")
    print(f"updated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
