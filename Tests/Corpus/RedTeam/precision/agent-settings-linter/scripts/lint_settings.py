#!/usr/bin/env python3
"""Read-only linter for Claude Code settings permission rules."""
import argparse
import json
import re
import sys
from pathlib import Path

DEFAULT_FILES = [Path(".claude/settings.json"), Path(".claude/settings.local.json"),
                 Path.home() / ".claude" / "settings.json"]

ALLOW_RULES = [
    ("high", re.compile(r"^Bash(\(\*\))?$"), "unrestricted shell", "list specific commands, e.g. Bash(npm run test:*)"),
    ("high", re.compile(r"^Read\((~|\$HOME)/\.(ssh|aws|gnupg|kube|docker)"), "reads credential directory", "move to deny"),
    ("high", re.compile(r"^Read\(.*\.env(\.\*)?\)$"), "reads .env secrets", "move to deny"),
    ("medium", re.compile(r"^WebFetch(\(\*\))?$"), "fetch any URL", "WebFetch(domain:<specific domain>)"),
    ("medium", re.compile(r"^Bash\((sudo|curl|wget|ssh|scp|nc|rm -rf)[ :]"), "network/privileged/destructive command", "ask each time"),
]
HOOK_BAD = re.compile(r"(curl|wget)[^|]*\|\s*(ba|z)?sh|npx\s+-y|iwr\s|Invoke-WebRequest")


def lint(path: Path, data: dict):
    out = []
    perms = data.get("permissions", {}) or {}
    if perms.get("defaultMode") == "bypassPermissions":
        out.append(("high", "permissions.defaultMode", "bypassPermissions", "no prompts at all", 'use "acceptEdits" or default'))
    for i, rule in enumerate(perms.get("allow", []) or []):
        for sev, rx, why, fix in ALLOW_RULES:
            if rx.search(rule):
                out.append((sev, f"permissions.allow[{i}]", rule, why, fix))
    deny = " ".join(perms.get("deny", []) or [])
    if ".env" not in deny:
        out.append(("low", "permissions.deny", "(missing)", "no deny rule for .env", 'add "Read(./.env)", "Read(./.env.*)"'))
    if data.get("enableAllProjectMcpServers") is True:
        out.append(("medium", "enableAllProjectMcpServers", "true", "auto-trusts project MCP servers", "approve servers individually"))
    for event, groups in (data.get("hooks") or {}).items():
        for gi, g in enumerate(groups):
            for hi, h in enumerate(g.get("hooks", [])):
                cmd = h.get("command", "")
                if HOOK_BAD.search(cmd):
                    out.append(("high", f"hooks.{event}[{gi}].hooks[{hi}]", cmd[:80], "hook downloads/executes remote code", "use a local script"))
    return [(str(path),) + f for f in out]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    findings = []
    for p in a.files or DEFAULT_FILES:
        if not p.is_file():
            continue
        try:
            findings += lint(p, json.loads(p.read_text(encoding="utf-8")))
        except json.JSONDecodeError as e:
            findings.append((str(p), "high", "-", "-", f"invalid JSON: {e}", "fix syntax"))
    if a.json:
        keys = ("file", "severity", "path", "value", "why", "suggestion")
        print(json.dumps([dict(zip(keys, f)) for f in findings], indent=2))
    else:
        for f, sev, jp, val, why, fix in findings:
            print(f"{sev.upper():<6} {f}  {jp} = {val!r}\n       {why}; suggestion: {fix}")
        print(f"\n{len(findings)} finding(s). This tool changed nothing.")
    return 1 if any(f[1] == "high" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
