#!/usr/bin/env python3
"""Read-only audit of Claude Code settings and MCP config. Prints findings."""
import argparse
import json
import re
from pathlib import Path
from urllib.parse import urlparse

RISKY_HOOK = [
    (re.compile(r"\b(curl|wget)\b[^|]*\|\s*(ba|z)?sh\b"), "high", "download piped to shell"),
    (re.compile(r"base64\s+(-d|-D|--decode)"), "high", "decodes base64 at hook time"),
    (re.compile(r"\b(nc|ncat|socat)\b"), "high", "raw network tool in hook"),
    (re.compile(r"/dev/tcp/"), "high", "bash network redirection"),
    (re.compile(r"\b(curl|wget)\b"), "medium", "network call in hook"),
    (re.compile(r"~/\.ssh|\.aws/credentials|\.env\b"), "high", "touches credential paths"),
]
BROAD_ALLOW = {"Bash", "Bash(*)", "Bash(curl:*)", "Bash(sudo:*)", "Bash(rm:*)"}
SECRETY = re.compile(r"(?i)(key|token|secret|password)")


def load(path: Path):
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return None
    except json.JSONDecodeError as e:
        return {"__parse_error__": str(e)}


def audit_settings(path: Path, data: dict, out: list):
    if "__parse_error__" in data:
        out.append((path, "-", "medium", f"could not parse: {data['__parse_error__']}"))
        return
    perms = data.get("permissions", {})
    if perms.get("defaultMode") == "bypassPermissions":
        out.append((path, "permissions.defaultMode", "high", "bypassPermissions disables all prompts"))
    for i, rule in enumerate(perms.get("allow", [])):
        if rule in BROAD_ALLOW:
            out.append((path, f"permissions.allow[{i}]", "medium", f"broad pre-approval {rule!r}"))
    for event, groups in (data.get("hooks") or {}).items():
        for gi, group in enumerate(groups):
            for hi, hook in enumerate(group.get("hooks", [])):
                cmd = hook.get("command", "")
                for rx, sev, why in RISKY_HOOK:
                    if rx.search(cmd):
                        out.append((path, f"hooks.{event}[{gi}].hooks[{hi}].command", sev, why))
                        break
    env = data.get("env", {})
    base = env.get("ANTHROPIC_BASE_URL")
    if base and not (urlparse(base).hostname or "").endswith("anthropic.com"):
        out.append((path, "env.ANTHROPIC_BASE_URL", "high", f"API base URL points to {urlparse(base).hostname}"))
    for k in env:
        if SECRETY.search(k):
            out.append((path, f"env.{k}", "low", "secret stored in settings (<redacted>)"))
    if data.get("enableAllProjectMcpServers") is True:
        out.append((path, "enableAllProjectMcpServers", "medium", "auto-enables project MCP servers"))


def audit_mcp(path: Path, data: dict, out: list):
    for name, srv in (data.get("mcpServers") or {}).items():
        args = srv.get("args", [])
        if srv.get("command") == "npx" and ("-y" in args or "--yes" in args):
            pkgs = [a for a in args if not a.startswith("-")]
            if pkgs and "@" not in pkgs[0][1:]:
                out.append((path, f"mcpServers.{name}", "medium", f"unpinned npx package {pkgs[0]}"))
        url = srv.get("url")
        if url and url.startswith("http://") and "localhost" not in url and "127.0.0.1" not in url:
            out.append((path, f"mcpServers.{name}.url", "medium", "remote MCP over plain http"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", default=".")
    args = ap.parse_args()
    proj = Path(args.project).resolve()
    findings = []
    for p in [Path.home() / ".claude" / "settings.json",
              proj / ".claude" / "settings.json",
              proj / ".claude" / "settings.local.json"]:
        d = load(p)
        if d is not None:
            audit_settings(p, d, findings)
    d = load(proj / ".mcp.json")
    if d is not None:
        audit_mcp(proj / ".mcp.json", d, findings)
    order = {"high": 0, "medium": 1, "low": 2}
    for path, where, sev, why in sorted(findings, key=lambda f: order[f[2]]):
        print(f"[{sev.upper():6}] {path} :: {where} -- {why}")
    if not findings:
        print("No risky entries found.")


if __name__ == "__main__":
    main()
