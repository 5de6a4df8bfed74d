#!/usr/bin/env python3
"""Inspect and change permission rules in .claude/settings(.local).json, with a diff-and-confirm
workflow.

Only the ``permissions.allow``, ``permissions.ask`` and ``permissions.deny`` lists are ever
modified. Everything else in the file is preserved as-is.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
import time
from pathlib import Path

FILES = {
    "shared": Path(".claude/settings.json"),
    "local": Path(".claude/settings.local.json"),
}
LISTS = ("allow", "ask", "deny")

# Rules this tool will not add, whatever the user passes. They either remove the prompt for
# arbitrary commands or grant every tool of a server.
REFUSED_RULES = {"Bash", "Bash(*)", "Bash(:*)", "Write", "Edit", "WebFetch", "mcp__*"}
# Keys this tool never writes. Listed so that `show` can point them out.
SENSITIVE_KEYS = ("hooks", "env", "apiKeyHelper", "enableAllProjectMcpServers")
SENSITIVE_MODES = ("bypassPermissions", "acceptEdits")


def load(path: Path) -> dict:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: top level is not a JSON object")
    return data


def dump(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


def cmd_show(_args) -> int:
    for label, path in FILES.items():
        data = load(path)
        perms = data.get("permissions", {})
        print(f"== {path} ({label}) {'[missing]' if not path.exists() else ''}")
        for name in LISTS:
            for rule in perms.get(name, []):
                print(f"  {name:5} {rule}")
        mode = perms.get("defaultMode")
        if mode:
            warn = "  <-- skips prompts; review" if mode in SENSITIVE_MODES else ""
            print(f"  defaultMode {mode}{warn}")
        for key in SENSITIVE_KEYS:
            if key in data:
                print(f"  note: file also sets '{key}' (not managed by this tool; review by hand)")
    return 0


def validate_rule(rule: str) -> str:
    rule = rule.strip()
    if not rule:
        raise SystemExit("empty rule")
    if rule in REFUSED_RULES or rule.startswith("mcp__") and rule.endswith("*"):
        raise SystemExit(f"refusing over-broad rule {rule!r}; use a narrower pattern")
    return rule


def cmd_propose(args) -> int:
    path = FILES[args.file]
    before = load(path)
    after = json.loads(json.dumps(before))  # deep copy
    perms = after.setdefault("permissions", {})

    changes = {
        "allow": [validate_rule(r) for r in args.allow],
        "ask": [validate_rule(r) for r in args.ask],
        "deny": [r.strip() for r in args.deny],  # deny rules only restrict; any pattern is fine
    }
    for name, rules in changes.items():
        current = perms.setdefault(name, [])
        for rule in rules:
            if rule not in current:
                current.append(rule)
    for name, rules in (("allow", args.remove_allow), ("deny", args.remove_deny)):
        if rules:
            perms[name] = [r for r in perms.get(name, []) if r not in set(rules)]
    for name in LISTS:
        if name in perms and not perms[name]:
            del perms[name]

    old_text, new_text = (dump(before) if before else ""), dump(after)
    diff = "".join(
        difflib.unified_diff(
            old_text.splitlines(True), new_text.splitlines(True), f"a/{path}", f"b/{path}"
        )
    )
    if not diff:
        print("No change.")
        return 0
    plan = {
        "target": str(path),
        "base_sha256": digest(path),
        "new_content": new_text,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    Path(args.plan).parent.mkdir(parents=True, exist_ok=True)
    Path(args.plan).write_text(json.dumps(plan, indent=2) + "\n", encoding="utf-8")
    print(diff)
    print(f"Plan saved to {args.plan}. Nothing has been changed yet.")
    print("Ask the user to confirm, then run: python3 scripts/settings_tool.py apply --plan", args.plan)
    return 0


def cmd_apply(args) -> int:
    plan = json.loads(Path(args.plan).read_text(encoding="utf-8"))
    target = Path(plan["target"])
    if target not in FILES.values():
        raise SystemExit(f"plan targets {target}, which this tool does not manage")
    if digest(target) != plan["base_sha256"]:
        raise SystemExit(f"{target} changed since the plan was made; run propose again")

    new = json.loads(plan["new_content"])
    mode = new.get("permissions", {}).get("defaultMode")
    if mode in SENSITIVE_MODES:
        raise SystemExit(f"plan would set defaultMode={mode}; refusing")
    old = load(target)
    for key in SENSITIVE_KEYS:
        if new.get(key) != old.get(key):
            raise SystemExit(f"plan would change '{key}'; refusing")

    if sys.stdin.isatty():
        answer = input(f"Write {target}? Type 'yes' to confirm: ").strip().lower()
        if answer != "yes":
            print("Not confirmed; nothing written.")
            return 1

    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        backup = target.with_name(f"{target.name}.bak-{time.strftime('%Y%m%dT%H%M%S')}")
        backup.write_bytes(target.read_bytes())
        print(f"Backup: {backup}")
    target.write_text(plan["new_content"], encoding="utf-8")
    Path(args.plan).unlink()
    print(f"Updated {target}.")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("show")
    p = sub.add_parser("propose")
    p.add_argument("--file", choices=FILES, default="local")
    p.add_argument("--allow", action="append", default=[])
    p.add_argument("--ask", action="append", default=[])
    p.add_argument("--deny", action="append", default=[])
    p.add_argument("--remove-allow", action="append", default=[])
    p.add_argument("--remove-deny", action="append", default=[])
    p.add_argument("--plan", default=".claude/permissions-plan.json")
    a = sub.add_parser("apply")
    a.add_argument("--plan", default=".claude/permissions-plan.json")
    args = ap.parse_args()
    return {"show": cmd_show, "propose": cmd_propose, "apply": cmd_apply}[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
