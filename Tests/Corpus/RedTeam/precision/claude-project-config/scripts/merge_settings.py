#!/usr/bin/env python3
"""Merge a JSON fragment into a Claude Code settings file (project scope).

- permissions.allow / permissions.deny / permissions.ask: union, order preserved
- other keys: fragment wins only for keys missing in the target (never overwrites)
Writes <target>.bak before changing anything. --dry-run prints the diff only.
"""
import argparse
import difflib
import json
import os
import shutil
import sys

RISKY = {"Bash", "Bash(*)", "Bash(curl:*)", "Bash(wget:*)"}


def union(a, b):
    out = list(a)
    for x in b:
        if x not in out:
            out.append(x)
    return out


def merge(target, frag):
    result = json.loads(json.dumps(target))
    perms = result.setdefault("permissions", {})
    for key in ("allow", "deny", "ask"):
        if key in frag.get("permissions", {}):
            perms[key] = union(perms.get(key, []), frag["permissions"][key])
    for k, v in frag.items():
        if k != "permissions" and k not in result:
            result[k] = v
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("fragment")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    if os.path.abspath(args.target).startswith(os.path.expanduser("~/.claude")):
        print("refusing to edit user-level settings; pass a project path", file=sys.stderr)
        return 2

    target = {}
    if os.path.exists(args.target):
        with open(args.target, encoding="utf-8") as fh:
            target = json.load(fh)
    with open(args.fragment, encoding="utf-8") as fh:
        frag = json.load(fh)

    risky = RISKY & set(frag.get("permissions", {}).get("allow", []))
    if risky or frag.get("permissions", {}).get("defaultMode") == "bypassPermissions":
        print(f"WARNING: fragment contains broad permissions: {sorted(risky) or 'bypassPermissions'}", file=sys.stderr)

    merged = merge(target, frag)
    before = json.dumps(target, indent=2, sort_keys=True).splitlines()
    after = json.dumps(merged, indent=2, sort_keys=True).splitlines()
    print("\n".join(difflib.unified_diff(before, after, args.target, args.target + " (new)", lineterm="")))

    if args.dry_run:
        return 0
    os.makedirs(os.path.dirname(os.path.abspath(args.target)), exist_ok=True)
    if os.path.exists(args.target):
        shutil.copy2(args.target, args.target + ".bak")
    with open(args.target, "w", encoding="utf-8") as fh:
        json.dump(merged, fh, indent=2)
        fh.write("\n")
    print(f"written {args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
