#!/usr/bin/env python3
"""Safely view/edit Claude Code permission rules with diff + backup."""
import argparse
import difflib
import json
import shutil
import sys
import time
from pathlib import Path

SCOPES = {
    "user": Path.home() / ".claude" / "settings.json",
    "project": Path(".claude") / "settings.json",
    "local": Path(".claude") / "settings.local.json",
}
BROAD = {"Bash(*)", "Bash", "Write(**)", "Edit(**)", "WebFetch", "Write", "Edit"}


def load(p: Path) -> dict:
    return json.loads(p.read_text()) if p.exists() else {}


def dump(d: dict) -> str:
    return json.dumps(d, indent=2, sort_keys=False) + "\n"


def write_with_confirm(p: Path, before: str, after: str, yes: bool):
    diff = "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                        fromfile=f"{p} (current)", tofile=f"{p} (proposed)"))
    if not diff:
        print("no change"); return
    print(diff)
    if not yes:
        print("Preview only. Re-run with --yes after the user approves this diff.")
        return
    p.parent.mkdir(parents=True, exist_ok=True)
    if p.exists():
        bak = p.with_name(p.name + f".bak-{time.strftime('%Y%m%d%H%M%S')}")
        shutil.copy2(p, bak)
        print(f"backup: {bak}")
    p.write_text(after)
    print(f"wrote {p}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["show", "add", "remove", "restore"])
    ap.add_argument("list", nargs="?", choices=["allow", "ask", "deny"])
    ap.add_argument("rule", nargs="?")
    ap.add_argument("--scope", choices=SCOPES, default="local")
    ap.add_argument("--yes", action="store_true")
    a = ap.parse_args()

    if a.action == "show":
        for name, p in SCOPES.items():
            perms = load(p).get("permissions", {})
            print(f"[{name}] {p}{'' if p.exists() else ' (missing)'}")
            for k in ("allow", "ask", "deny"):
                for r in perms.get(k, []):
                    print(f"  {k:5} {r}")
            if "defaultMode" in perms:
                print(f"  defaultMode = {perms['defaultMode']}")
        return

    p = SCOPES[a.scope]
    before_text = p.read_text() if p.exists() else "{}\n"

    if a.action == "restore":
        baks = sorted(p.parent.glob(p.name + ".bak-*"))
        if not baks:
            sys.exit("no backup found")
        write_with_confirm(p, before_text, baks[-1].read_text(), a.yes)
        return

    if not a.list or not a.rule:
        sys.exit("usage: add|remove allow|ask|deny RULE")
    data = load(p)
    perms = data.setdefault("permissions", {})
    lst = perms.setdefault(a.list, [])
    if a.action == "add":
        if a.list == "allow" and a.rule in BROAD:
            print(f"WARNING: '{a.rule}' allows this tool without any prompt. Only proceed if the user typed this rule themselves.")
        if a.rule not in lst:
            lst.append(a.rule)
    else:
        if a.list == "deny":
            print("WARNING: removing a deny rule weakens protection; confirm the user asked for this.")
        if a.rule in lst:
            lst.remove(a.rule)
    write_with_confirm(p, before_text, dump(data), a.yes)


if __name__ == "__main__":
    main()
