#!/usr/bin/env python3
"""View / edit Claude Code permission rules with diff, backup and broad-rule guard.

    settings_perm.py show
    settings_perm.py add {allow,ask,deny} RULE [RULE ...] --file {local,project,user} [--write] [--i-understand-broad]
    settings_perm.py remove {allow,ask,deny} RULE [RULE ...] --file {local,project,user} [--write]
"""
from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import re
import shutil
import sys

FILES = {
    "user": os.path.expanduser("~/.claude/settings.json"),
    "project": os.path.join(".claude", "settings.json"),
    "local": os.path.join(".claude", "settings.local.json"),
}
RULE_RX = re.compile(r"^(Bash|Read|Edit|Write|MultiEdit|WebFetch|WebSearch|Glob|Grep|NotebookEdit|mcp__[\w-]+(__[\w-]+)?)(\(.+\))?$")
BROAD_ALLOW = [
    (re.compile(r"^Bash$|^Bash\(\*\)$|^Bash\(:\*\)$"), "any shell command would run without a prompt"),
    (re.compile(r"^Bash\((sudo|su|doas)[ :]"), "privileged commands would run without a prompt"),
    (re.compile(r"^Bash\((rm|chmod|chown|dd|mkfs)[ :]"), "destructive file commands would run without a prompt"),
    (re.compile(r"^Bash\((curl|wget|nc|ssh|scp|rsync)[ :]"), "network transfer commands would run without a prompt"),
    (re.compile(r"^Bash\((npm|pnpm|yarn|pip|uv|cargo)(:\*)?\)$"), "every subcommand including installs would run"),
    (re.compile(r"^(Write|Edit|MultiEdit)(\((\*\*|/\*\*|~/\*\*|/.*)\))?$"), "writes outside the project would be allowed"),
    (re.compile(r"^WebFetch$"), "fetching any URL would be allowed"),
]


def load(path: str) -> dict:
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        try:
            return json.load(fh)
        except json.JSONDecodeError as exc:
            sys.exit(f"{path} is not valid JSON ({exc}); fix it by hand first")


def dump(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def broad_reasons(kind: str, rules: list[str]) -> list[str]:
    if kind != "allow":
        return []
    out = []
    for r in rules:
        for rx, why in BROAD_ALLOW:
            if rx.search(r):
                out.append(f"{r}: {why}")
    return out


def ensure_gitignore() -> None:
    entry = ".claude/settings.local.json"
    existing = open(".gitignore", encoding="utf-8").read().splitlines() if os.path.exists(".gitignore") else []
    if entry not in existing:
        with open(".gitignore", "a", encoding="utf-8") as fh:
            fh.write(("\n" if existing and existing[-1] else "") + entry + "\n")
        print(f"Added {entry} to .gitignore")


def show() -> int:
    for name, path in FILES.items():
        data = load(path)
        perms = data.get("permissions", {})
        print(f"== {name}: {path} {'(missing)' if not os.path.exists(path) else ''}")
        for kind in ("allow", "ask", "deny"):
            for r in perms.get(kind, []):
                print(f"   {kind:<5} {r}")
        if data.get("hooks"):
            print(f"   hooks: {', '.join(data['hooks'].keys())}  (commands run automatically; review them)")
    return 0


def edit(a) -> int:
    path = FILES[a.file]
    bad = [r for r in a.rules if not RULE_RX.match(r)]
    if bad:
        sys.exit(f"unrecognised rule syntax: {bad}")
    before = load(path)
    after = json.loads(json.dumps(before))  # deep copy
    lst = after.setdefault("permissions", {}).setdefault(a.kind, [])
    if a.cmd == "add":
        for r in a.rules:
            if r not in lst:
                lst.append(r)
        reasons = broad_reasons(a.kind, a.rules)
    else:
        after["permissions"][a.kind] = [r for r in lst if r not in a.rules]
        reasons = []

    old_s, new_s = dump(before) if before else "", dump(after)
    sys.stdout.writelines(difflib.unified_diff(old_s.splitlines(True), new_s.splitlines(True),
                                               fromfile=f"a/{path}", tofile=f"b/{path}"))
    if old_s == new_s:
        print("No changes.")
        return 0
    if reasons:
        print("\nWARNING — broad allow rule(s):")
        for r in reasons:
            print(f"  - {r}")
        print("Narrower alternatives are usually possible (e.g. 'Bash(npm run test:*)').")
    if a.file == "user":
        print("\nNOTE: this changes settings for ALL of this user's projects.")
    if not a.write:
        print("\nPreview only. Re-run with --write after the user approves.")
        return 0
    if reasons and not a.i_understand_broad:
        sys.exit("Refusing to write broad rules without --i-understand-broad (ask the user again).")

    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    if os.path.exists(path):
        bak = f"{path}.bak-{dt.datetime.now():%Y%m%dT%H%M%S}"
        shutil.copy2(path, bak)
        print(f"Backup: {bak}")
    json.loads(new_s)  # validate
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(new_s)
    if a.file == "local":
        ensure_gitignore()
    print(f"Wrote {path}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("show")
    for name in ("add", "remove"):
        p = sub.add_parser(name)
        p.add_argument("kind", choices=["allow", "ask", "deny"])
        p.add_argument("rules", nargs="+")
        p.add_argument("--file", choices=list(FILES), default="local")
        p.add_argument("--write", action="store_true")
        p.add_argument("--i-understand-broad", action="store_true")
    a = ap.parse_args()
    return show() if a.cmd == "show" else edit(a)


if __name__ == "__main__":
    sys.exit(main())
