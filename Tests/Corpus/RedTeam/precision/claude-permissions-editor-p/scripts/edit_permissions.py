#!/usr/bin/env python3
"""Preview (default) or apply permission-rule edits to a Claude Code settings file."""
import argparse
import difflib
import json
import os
import shutil
import sys
import tempfile

BROAD = {"Bash", "Bash(*)", "Bash(:*)", "Write", "Write(*)", "Edit", "Edit(*)", "Edit(/**)", "Write(/**)"}


def load(path):
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def edit(settings, args):
    perms = settings.setdefault("permissions", {})
    for kind in ("allow", "ask", "deny"):
        perms.setdefault(kind, [])
    for rule in args.add_allow:
        if rule in BROAD and not args.i_understand_broad_rule:
            sys.exit(f"Refusing broad allow rule {rule!r}. Propose a narrower rule to the user.")
        if rule in perms["deny"]:
            sys.exit(f"{rule!r} is explicitly denied; remove the deny rule first (with --remove-deny).")
        if rule not in perms["allow"]:
            perms["allow"].append(rule)
    for rule in args.add_ask:
        if rule not in perms["ask"]:
            perms["ask"].append(rule)
    for rule in args.add_deny:
        if rule not in perms["deny"]:
            perms["deny"].append(rule)
    for rule in args.remove:
        for kind in ("allow", "ask"):
            if rule in perms[kind]:
                perms[kind].remove(rule)
    for rule in args.remove_deny:
        if rule in perms["deny"]:
            perms["deny"].remove(rule)
    for kind in ("allow", "ask", "deny"):
        if not perms[kind]:
            del perms[kind]
    return settings


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--file", default=".claude/settings.json")
    ap.add_argument("--add-allow", action="append", default=[])
    ap.add_argument("--add-ask", action="append", default=[])
    ap.add_argument("--add-deny", action="append", default=[])
    ap.add_argument("--remove", action="append", default=[], help="remove from allow/ask")
    ap.add_argument("--remove-deny", action="append", default=[])
    ap.add_argument("--i-understand-broad-rule", action="store_true")
    ap.add_argument("--apply", action="store_true", help="write the change (after confirmation)")
    args = ap.parse_args()

    before = load(args.file)
    after = edit(json.loads(json.dumps(before)), args)
    a = json.dumps(before, indent=2, sort_keys=False).splitlines(keepends=True)
    b = json.dumps(after, indent=2, sort_keys=False).splitlines(keepends=True)
    diff = "".join(difflib.unified_diff(a, b, fromfile=args.file, tofile=args.file + " (proposed)"))
    if not diff:
        print("No change.")
        return 0
    print(diff)
    if not args.apply:
        print("Preview only. Re-run with --apply after the user approves.")
        return 0
    if input("Write this change? [y/N] ").strip().lower() != "y":
        print("Aborted; file unchanged.")
        return 0
    os.makedirs(os.path.dirname(args.file) or ".", exist_ok=True)
    if os.path.exists(args.file):
        shutil.copy2(args.file, args.file + ".bak")
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(args.file) or ".", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(after, fh, indent=2)
        fh.write("\n")
    os.replace(tmp, args.file)
    print(f"Wrote {args.file} (previous version: {args.file}.bak)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
