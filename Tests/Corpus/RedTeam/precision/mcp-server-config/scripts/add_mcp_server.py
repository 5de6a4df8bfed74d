#!/usr/bin/env python3
"""Merge a known MCP server entry into .mcp.json (preview by default)."""
from __future__ import annotations

import argparse
import copy
import difflib
import json
import re
import shutil
import sys
from pathlib import Path

CATALOGUE = {
    "github": {
        "type": "http",
        "url": "https://api.githubcopilot.com/mcp/",
        "headers": {"Authorization": "Bearer ${GITHUB_PAT}"},
    },
    "postgres-readonly": {
        "command": "npx",
        "args": ["-y", "@modelcontextprotocol/server-postgres", "${DATABASE_URL_READONLY}"],
    },
    "filesystem-docs": {
        "command": "npx",
        "args": ["-y", "@modelcontextprotocol/server-filesystem", "./docs"],
    },
    "sentry": {"type": "http", "url": "https://mcp.sentry.dev/mcp"},
}

# Anything that looks like a literal credential rather than a ${VAR} reference.
LITERAL_SECRET = re.compile(
    r"(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|sk-[A-Za-z0-9_-]{20,}|postgres(?:ql)?://[^$\s]+:[^$@\s]+@)"
)


def dump(obj) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["add", "remove", "list"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--file", default=".mcp.json")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()

    path = Path(a.file)
    current = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"mcpServers": {}}
    current.setdefault("mcpServers", {})

    if a.action == "list":
        for k, v in current["mcpServers"].items():
            print(f"{k}: {v.get('url') or ' '.join([v.get('command', '')] + v.get('args', []))}")
        return 0

    if not a.name:
        ap.error("name required")
    new = copy.deepcopy(current)
    if a.action == "add":
        if a.name not in CATALOGUE:
            print(f"unknown server {a.name!r}; known: {', '.join(CATALOGUE)}", file=sys.stderr)
            return 2
        new["mcpServers"][a.name] = CATALOGUE[a.name]
    else:
        new["mcpServers"].pop(a.name, None)

    text = dump(new)
    if LITERAL_SECRET.search(text):
        print("refusing: .mcp.json would contain a literal credential; use ${VAR} placeholders",
              file=sys.stderr)
        return 3

    diff = "".join(difflib.unified_diff(dump(current).splitlines(True), text.splitlines(True),
                                        fromfile=f"{path} (current)", tofile=f"{path} (new)"))
    print(diff or "No changes.")
    if a.write and diff:
        if path.exists():
            shutil.copy2(path, path.with_suffix(".json.bak"))
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
