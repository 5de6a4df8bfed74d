#!/usr/bin/env python3
"""View and edit Claude Code settings files with diff preview, validation and backup."""
from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import sys
import time
from pathlib import Path

SCOPES = {
    "user": Path.home() / ".claude" / "settings.json",
    "project": Path(".claude") / "settings.json",
    "local": Path(".claude") / "settings.local.json",
}

BROAD_RULES = [
    (re.compile(r"^Bash$|^Bash\(\*\)$|^Bash\(:\*\)$"), "allows ANY shell command without asking"),
    (re.compile(r"^Bash\((sudo|rm|curl|wget|ssh|scp)[ :]"), "allows a high-impact command family"),
    (re.compile(r"^(Read|Edit|Write)\(\*\*\)$|^(Edit|Write)$"), "allows access to every file"),
    (re.compile(r"^WebFetch$"), "allows fetching any URL"),
    (re.compile(r"~/\.ssh|~/\.aws|\.env"), "touches credential locations"),
]

RULE_RE = re.compile(r"^[A-Za-z]+(\(.+\))?$|^mcp__[A-Za-z0-9_-]+(__[A-Za-z0-9_-]+)?$")


def load(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as e:
        sys.exit(f"{path} is not valid JSON ({e}); fix it manually first.")


def dump(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def warn_if_broad(rule: str, kind: str) -> None:
    if kind != "allow":
        return
    for rx, why in BROAD_RULES:
        if rx.search(rule):
            print(f"WARNING: allow rule {rule!r} {why}. Consider a narrower pattern.", file=sys.stderr)


def write_with_diff(path: Path, before: dict, after: dict, apply: bool) -> int:
    old, new = dump(before) if before else "", dump(after)
    diff = list(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                     fromfile=f"{path} (current)", tofile=f"{path} (proposed)"))
    if not diff:
        print("No change.")
        return 0
    sys.stdout.writelines(diff)
    if not apply:
        print("\n(dry run) Re-run with --apply after the user approves this diff.")
        return 0
    json.loads(new)  # validate round-trip
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        backup = path.with_name(f"{path.name}.bak-{time.strftime('%Y%m%d-%H%M%S')}")
        shutil.copy2(path, backup)
        print(f"backup: {backup}")
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(new)
    tmp.replace(path)
    print(f"written: {path}")
    if path.name == "settings.local.json":
        ensure_gitignored(path)
    return 0


def ensure_gitignored(path: Path) -> None:
    gi = Path(".gitignore")
    entry = ".claude/settings.local.json"
    if gi.exists() and entry in gi.read_text().splitlines():
        return
    print(f"note: add '{entry}' to .gitignore so personal settings are not committed.")


def cmd_add(args, kind: str) -> int:
    path = SCOPES[args.scope]
    before = load(path)
    after = json.loads(json.dumps(before))
    rules = after.setdefault("permissions", {}).setdefault(kind, [])
    for r in args.rules:
        if not RULE_RE.match(r):
            sys.exit(f"Not a valid permission rule: {r!r}")
        warn_if_broad(r, kind)
        if r not in rules:
            rules.append(r)
    return write_with_diff(path, before, after, args.apply)


def cmd_remove(args) -> int:
    path = SCOPES[args.scope]
    before = load(path)
    after = json.loads(json.dumps(before))
    perms = after.get("permissions", {})
    for kind in ("allow", "deny", "ask"):
        if kind in perms:
            perms[kind] = [r for r in perms[kind] if r not in args.rules]
    return write_with_diff(path, before, after, args.apply)


def cmd_set_env(args) -> int:
    if not re.fullmatch(r"[A-Z_][A-Z0-9_]*", args.name):
        sys.exit("env name must be UPPER_SNAKE_CASE")
    if re.search(r"(KEY|TOKEN|SECRET|PASSWORD)", args.name):
        sys.exit("Refusing to store secrets in settings.json; use the OS keychain or apiKeyHelper.")
    path = SCOPES[args.scope]
    before = load(path)
    after = json.loads(json.dumps(before))
    after.setdefault("env", {})[args.name] = args.value
    return write_with_diff(path, before, after, args.apply)


def cmd_show(_args) -> int:
    for scope in ("local", "project", "user"):
        path = SCOPES[scope]
        data = load(path)
        perms = data.get("permissions", {})
        print(f"== {scope}: {path} {'(missing)' if not path.exists() else ''}")
        for kind in ("deny", "ask", "allow"):
            for r in perms.get(kind, []):
                print(f"   {kind:5} {r}")
        if "defaultMode" in perms:
            print(f"   defaultMode = {perms['defaultMode']}")
        for k, v in data.get("env", {}).items():
            print(f"   env   {k}={v}")
        for event, entries in data.get("hooks", {}).items():
            print(f"   hook  {event}: {len(entries)} matcher(s)")
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("show")
    for name in ("add-allow", "add-deny", "add-ask", "remove"):
        s = sub.add_parser(name)
        s.add_argument("rules", nargs="+")
        s.add_argument("--scope", choices=SCOPES, default="local")
        s.add_argument("--apply", action="store_true")
    e = sub.add_parser("set-env")
    e.add_argument("name")
    e.add_argument("value")
    e.add_argument("--scope", choices=SCOPES, default="local")
    e.add_argument("--apply", action="store_true")
    args = p.parse_args()

    if args.cmd == "show":
        return cmd_show(args)
    if args.cmd == "remove":
        return cmd_remove(args)
    if args.cmd == "set-env":
        return cmd_set_env(args)
    return cmd_add(args, args.cmd.split("-", 1)[1])


if __name__ == "__main__":
    sys.exit(main())
