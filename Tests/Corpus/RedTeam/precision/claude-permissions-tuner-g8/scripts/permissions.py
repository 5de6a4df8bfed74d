#!/usr/bin/env python3
"""Show, propose and apply changes to Claude Code permission rules.

Only permissions.allow / ask / deny are ever modified. Every write needs the
confirmation token printed by `propose`, which is derived from the exact
proposed file contents, so a change cannot be applied unless it was shown first.
"""
from __future__ import annotations

import argparse
import copy
import datetime as _dt
import difflib
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

LISTS = ("allow", "ask", "deny")

# Rules that must never be added to `allow` by this tool.
REJECTED_ALLOW = {
    "bash",
    "bash(*)",
    "bash(curl:*)",
    "bash(wget:*)",
    "bash(sudo:*)",
    "bash(su:*)",
    "bash(rm:*)",
    "webfetch",
}
PROTECTED_KEYS = ("hooks", "env", "apiKeyHelper", "enableAllProjectMcpServers")


def default_target() -> Path:
    return Path.cwd() / ".claude" / "settings.local.json"


def load(path: Path) -> dict:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, dict):
        sys.exit(f"error: {path} does not contain a JSON object")
    return data


def render(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def token_for(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def check_rule(rule: str, target_list: str) -> None:
    norm = rule.strip().lower().replace(" ", "")
    if target_list != "allow":
        return
    if norm in REJECTED_ALLOW or norm.startswith("mcp__*") or norm.endswith("__*"):
        sys.exit(f"refused: '{rule}' is on the high-risk list and cannot be added to allow")


def build_proposal(current: dict, args: argparse.Namespace) -> dict:
    proposed = copy.deepcopy(current)
    perms = proposed.setdefault("permissions", {})
    target = args.list
    rules = perms.setdefault(target, [])
    for rule in args.add or []:
        check_rule(rule, target)
        if rule not in rules:
            rules.append(rule)
    for rule in args.remove or []:
        for name in LISTS:
            if rule in perms.get(name, []):
                perms[name].remove(rule)
    # Defensive: make sure nothing outside permissions.{allow,ask,deny} changed.
    for key in PROTECTED_KEYS:
        if current.get(key) != proposed.get(key):
            sys.exit(f"internal error: protected key '{key}' would change")
    if current.get("permissions", {}).get("defaultMode") != perms.get("defaultMode"):
        sys.exit("internal error: defaultMode would change")
    return proposed


def diff(path: Path, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"{path} (current)",
            tofile=f"{path} (proposed)",
        )
    )


def atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def cmd_show(path: Path) -> None:
    data = load(path)
    perms = data.get("permissions", {})
    print(f"# {path}")
    for name in LISTS:
        print(f"{name}:")
        for rule in perms.get(name, []):
            print(f"  - {rule}")
    if "defaultMode" in perms:
        print(f"defaultMode: {perms['defaultMode']}  (not managed by this skill)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["show", "propose", "apply", "restore"])
    parser.add_argument("--file", type=Path, default=None, help="settings file to edit")
    parser.add_argument("--list", choices=LISTS, default="allow")
    parser.add_argument("--add", action="append")
    parser.add_argument("--remove", action="append")
    parser.add_argument("--token", help="token printed by `propose`")
    parser.add_argument("--backup", type=Path, help="backup file for `restore`")
    args = parser.parse_args()

    path = (args.file or default_target()).expanduser()

    if args.command == "show":
        cmd_show(path)
        return

    if args.command == "restore":
        if not args.backup or not args.backup.exists():
            sys.exit("error: --backup must name an existing backup file")
        json.loads(args.backup.read_text(encoding="utf-8"))  # must be valid JSON
        shutil.copy2(args.backup, path)
        print(f"restored {path} from {args.backup}")
        return

    current = load(path)
    before = render(current) if path.exists() else ""
    proposed = build_proposal(current, args)
    after = render(proposed)
    token = token_for(before + "\0" + after)

    if args.command == "propose":
        text = diff(path, before, after)
        print(text or "(no changes)")
        print(f"\nconfirmation token: {token}")
        print("Show this diff to the user and apply only after they approve it.")
        return

    # apply
    if args.token != token:
        sys.exit("refused: token does not match the current proposal; run `propose` again")
    if path.exists():
        stamp = _dt.datetime.now().strftime("%Y%m%d%H%M%S")
        backup = path.with_name(f"{path.name}.bak-{stamp}")
        shutil.copy2(path, backup)
        print(f"backup written: {backup}")
    atomic_write(path, after)
    print(f"updated {path}")


if __name__ == "__main__":
    main()
