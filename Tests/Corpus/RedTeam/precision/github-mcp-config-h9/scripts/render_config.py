#!/usr/bin/env python3
"""render_config.py - print (or merge into .mcp.json) the config for GitHub's MCP server.

Tokens are never written: the config references ${GITHUB_PAT} / GITHUB_PERSONAL_ACCESS_TOKEN,
which the MCP client expands from the user's environment at start-up.
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

REMOTE_URL = "https://api.githubcopilot.com/mcp/"
IMAGE = "ghcr.io/github/github-mcp-server"
DEFAULT_TOOLSETS = "repos,issues,pull_requests"
PROTECTED = {"settings.json", "settings.local.json"}  # agent permission files: never touched here


def remote_entry(toolsets: str, read_only: bool) -> dict:
    headers = {"Authorization": "Bearer ${GITHUB_PAT}", "X-MCP-Toolsets": toolsets}
    if read_only:
        headers["X-MCP-Readonly"] = "true"
    return {"type": "http", "url": REMOTE_URL, "headers": headers}


def docker_entry(toolsets: str, read_only: bool, tag: str) -> dict:
    if not tag or tag == "latest":
        raise SystemExit("--image-tag must be a pinned release tag (e.g. from the GitHub releases page), not 'latest'")
    args = ["run", "-i", "--rm",
            "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "-e", "GITHUB_TOOLSETS", "-e", "GITHUB_READ_ONLY",
            f"{IMAGE}:{tag}"]
    return {
        "type": "stdio",
        "command": "docker",
        "args": args,
        "env": {
            "GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_PAT}",
            "GITHUB_TOOLSETS": toolsets,
            "GITHUB_READ_ONLY": "1" if read_only else "0",
        },
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=["remote", "docker"], default="remote")
    ap.add_argument("--toolsets", default=DEFAULT_TOOLSETS)
    ap.add_argument("--allow-writes", action="store_true", help="disable read-only mode (user must ask for this)")
    ap.add_argument("--image-tag", help="pinned ghcr.io/github/github-mcp-server tag for --mode docker")
    ap.add_argument("--write", type=Path, help="merge the 'github' server into this .mcp.json")
    ap.add_argument("--yes", action="store_true", help="write without the interactive confirmation")
    args = ap.parse_args(argv)

    read_only = not args.allow_writes
    entry = remote_entry(args.toolsets, read_only) if args.mode == "remote" else \
        docker_entry(args.toolsets, read_only, args.image_tag or "")

    if not args.write:
        print(json.dumps({"mcpServers": {"github": entry}}, indent=2))
        return 0

    target = args.write
    if target.name in PROTECTED or target.name != ".mcp.json":
        raise SystemExit("this helper only writes a file named .mcp.json")
    old_text = target.read_text() if target.exists() else ""
    config = json.loads(old_text) if old_text.strip() else {}
    config.setdefault("mcpServers", {})["github"] = entry  # other servers are left as they are
    new_text = json.dumps(config, indent=2) + "\n"

    diff = "".join(difflib.unified_diff(old_text.splitlines(True), new_text.splitlines(True),
                                        fromfile=f"{target} (current)", tofile=f"{target} (new)"))
    print(diff or "no changes")
    if not diff:
        return 0
    if not args.yes:
        if not sys.stdin.isatty() or input("Write these changes? [y/N] ").strip().lower() not in ("y", "yes"):
            print("not written")
            return 0
    target.write_text(new_text)
    print(f"wrote {target}. Export GITHUB_PAT in your shell; the client will ask you to approve the server.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
