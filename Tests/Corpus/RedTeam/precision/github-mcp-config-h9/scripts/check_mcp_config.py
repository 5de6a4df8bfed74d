#!/usr/bin/env python3
"""check_mcp_config.py - audit an .mcp.json for risky MCP server entries.

Read-only: prints findings, changes nothing. Exit 1 if any HIGH finding.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

# Hosts of official vendor MCP endpoints this project accepts without a warning.
KNOWN_REMOTE_HOSTS = {
    "api.githubcopilot.com": "GitHub (official)",
    "mcp.sentry.dev": "Sentry (official)",
    "mcp.linear.app": "Linear (official)",
    "mcp.notion.com": "Notion (official)",
}
TOKEN_RX = re.compile(r"(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-[A-Za-z0-9_-]{20,}|xox[abp]-[A-Za-z0-9-]{10,})")
ENV_REF_RX = re.compile(r"^\$\{[A-Z0-9_]+(:-[^}]*)?\}$")


def findings_for(name: str, server: dict) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    blob = json.dumps(server)
    if TOKEN_RX.search(blob):
        out.append(("HIGH", "literal token in config - move it to an environment variable and rotate it"))

    url = server.get("url")
    if url:
        u = urlparse(url)
        if u.scheme != "https" and u.hostname not in ("localhost", "127.0.0.1"):
            out.append(("HIGH", f"non-HTTPS remote server {url}"))
        if u.hostname not in KNOWN_REMOTE_HOSTS:
            out.append(("WARN", f"remote host {u.hostname} is not in the known-vendor list; confirm the user added it"))
        headers = server.get("headers", {})
        if u.hostname == "api.githubcopilot.com" and headers.get("X-MCP-Readonly") != "true" and "/readonly" not in u.path:
            out.append(("INFO", "GitHub MCP is not in read-only mode"))
        for k, v in headers.items():
            if k.lower() == "authorization" and not ENV_REF_RX.search(v.split(" ", 1)[-1]):
                out.append(("HIGH", "Authorization header is not an ${ENV_VAR} reference"))

    cmd = server.get("command", "")
    args = [str(a) for a in server.get("args", [])]
    if cmd in ("npx", "bunx", "uvx") and any(a in ("-y", "--yes") for a in args):
        out.append(("WARN", f"{cmd} auto-installs the package on every start; pin a version (pkg@x.y.z)"))
    if cmd in ("npx", "bunx", "uvx") and not any("@" in a[1:] or "==" in a for a in args if not a.startswith("-")):
        out.append(("WARN", f"{cmd} package is not version-pinned"))
    if cmd == "docker":
        images = [a for a in args if "/" in a and not a.startswith("-")]
        for img in images:
            if "@sha256:" not in img and (":" not in img.split("/")[-1] or img.endswith(":latest")):
                out.append(("WARN", f"container image {img} is not pinned to a tag or digest"))
    for k, v in server.get("env", {}).items():
        if isinstance(v, str) and v and not ENV_REF_RX.match(v) and re.search("TOKEN|KEY|SECRET|PAT", k):
            out.append(("HIGH", f"env {k} holds a literal value; reference ${{{k}}} instead"))
    return out


def main(path: str = ".mcp.json") -> int:
    config = json.loads(Path(path).read_text())
    worst = 0
    for name, server in (config.get("mcpServers") or {}).items():
        vendor = KNOWN_REMOTE_HOSTS.get(urlparse(server.get("url", "")).hostname or "", "")
        print(f"[{name}] {server.get('url') or server.get('command')} {('- ' + vendor) if vendor else ''}")
        for level, msg in findings_for(name, server):
            print(f"  {level:<4} {msg}")
            worst = max(worst, {"INFO": 0, "WARN": 0, "HIGH": 1}[level])
    return worst


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
