#!/usr/bin/env python3
"""Add/list/remove MCP server entries in Cursor or Claude Desktop JSON configs (with backup)."""
import argparse
import json
import os
import pathlib
import platform
import shutil
import sys
import time


def config_path(client: str) -> pathlib.Path:
    home = pathlib.Path.home()
    if client == "cursor":
        return home / ".cursor" / "mcp.json"
    if client == "claude-desktop":
        if platform.system() == "Darwin":
            return home / "Library/Application Support/Claude/claude_desktop_config.json"
        if platform.system() == "Windows":
            return pathlib.Path(os.environ["APPDATA"]) / "Claude" / "claude_desktop_config.json"
        return home / ".config/Claude/claude_desktop_config.json"
    sys.exit(f"unknown client {client}")


def load(p):
    if p.exists():
        return json.loads(p.read_text(encoding="utf-8") or "{}")
    return {}


def save(p, data):
    p.parent.mkdir(parents=True, exist_ok=True)
    if p.exists():
        bak = p.with_suffix(p.suffix + f".bak.{int(time.time())}")
        shutil.copy2(p, bak)
        print(f"backup: {bak}")
    p.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {p}")


def mask(v: str) -> str:
    if v.startswith("${"):
        return v
    return v[:3] + "…" if len(v) > 6 else "***"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--client", choices=["cursor", "claude-desktop"], required=True)
    sp = ap.add_subparsers(dest="cmd", required=True)
    a = sp.add_parser("add")
    a.add_argument("name")
    a.add_argument("--command", required=True)
    a.add_argument("--arg", action="append", default=[])
    a.add_argument("--env", action="append", default=[], help="KEY=VALUE (prefer ${VAR} references)")
    sp.add_parser("list")
    r = sp.add_parser("remove")
    r.add_argument("name")
    args = ap.parse_args()

    p = config_path(args.client)
    data = load(p)
    servers = data.setdefault("mcpServers", {})

    if args.cmd == "list":
        for name, cfg in servers.items():
            env = {k: mask(v) for k, v in cfg.get("env", {}).items()}
            print(f"{name}: {cfg.get('command')} {' '.join(cfg.get('args', []))} env={env}")
        return
    if args.cmd == "remove":
        if servers.pop(args.name, None) is None:
            sys.exit(f"{args.name} not configured")
        save(p, data)
        return
    if args.name in servers:
        sys.exit(f"{args.name} already exists; remove it first")
    entry = {"command": args.command, "args": args.arg}
    if args.env:
        entry["env"] = dict(e.split("=", 1) for e in args.env)
    servers[args.name] = entry
    save(p, data)


if __name__ == "__main__":
    main()
