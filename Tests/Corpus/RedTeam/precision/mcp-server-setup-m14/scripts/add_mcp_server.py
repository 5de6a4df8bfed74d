#!/usr/bin/env python3
"""Preview, add or remove official MCP reference servers in ./.mcp.json.

  add_mcp_server.py list
  add_mcp_server.py plan   <key> [--dir D ...] [--repository R] [--pin VER]
  add_mcp_server.py write  <key> [--dir D ...] [--repository R] [--pin VER] --confirm [--replace]
  add_mcp_server.py remove <key> --confirm
"""
import argparse
import json
import shlex
import sys
from pathlib import Path

MCP_FILE = Path(".mcp.json")

# Only the reference servers maintained in github.com/modelcontextprotocol/servers.
CATALOG = {
    "filesystem": {"runner": "npx", "package": "@modelcontextprotocol/server-filesystem", "needs": "dirs"},
    "memory": {"runner": "npx", "package": "@modelcontextprotocol/server-memory"},
    "sequential-thinking": {"runner": "npx", "package": "@modelcontextprotocol/server-sequential-thinking"},
    "fetch": {"runner": "uvx", "package": "mcp-server-fetch"},
    "git": {"runner": "uvx", "package": "mcp-server-git", "needs": "repository"},
    "time": {"runner": "uvx", "package": "mcp-server-time"},
}


def build_entry(key, dirs, repository, pin):
    spec = CATALOG[key]
    pkg = spec["package"]
    if pin:
        pkg = f"{pkg}@{pin}" if spec["runner"] == "npx" else f"{pkg}=={pin}"
    if spec["runner"] == "npx":
        command, args = "npx", ["-y", pkg]
    else:
        command, args = "uvx", [pkg]
    need = spec.get("needs")
    if need == "dirs":
        if not dirs:
            raise SystemExit("filesystem needs at least one --dir (the folders the server may access)")
        home = str(Path.home().resolve())
        for d in dirs:
            if str(Path(d).expanduser().resolve()) in (home, "/"):
                print(f"warning: {d} is your whole home/root folder; consider a narrower folder",
                      file=sys.stderr)
        args += list(dirs)
    elif need == "repository":
        if not repository:
            raise SystemExit("git needs --repository <path>")
        args += ["--repository", repository]
    return {"command": command, "args": args}


def load():
    if not MCP_FILE.exists():
        return {"mcpServers": {}}
    data = json.loads(MCP_FILE.read_text())
    data.setdefault("mcpServers", {})
    return data


def save(data):
    MCP_FILE.write_text(json.dumps(data, indent=2) + "\n")


def claude_cmd(key, entry, scope):
    parts = ["claude", "mcp", "add", "--scope", scope, key, "--", entry["command"], *entry["args"]]
    return " ".join(shlex.quote(p) for p in parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["list", "plan", "write", "remove"])
    ap.add_argument("key", nargs="?")
    ap.add_argument("--dir", action="append", default=[])
    ap.add_argument("--repository")
    ap.add_argument("--pin", help="exact package version to pin")
    ap.add_argument("--confirm", action="store_true")
    ap.add_argument("--replace", action="store_true")
    a = ap.parse_args()

    if a.action == "list":
        for key, spec in CATALOG.items():
            print(f"{key:20} {spec['runner']} {spec['package']}")
        return 0
    if a.key not in CATALOG:
        raise SystemExit(f"unknown server '{a.key}'. Official keys: {', '.join(CATALOG)}")

    data = load()
    servers = data["mcpServers"]

    if a.action == "remove":
        if not a.confirm:
            raise SystemExit("refusing to edit .mcp.json without --confirm")
        if servers.pop(a.key, None) is None:
            print(f"{a.key} is not in {MCP_FILE}")
            return 0
        save(data)
        print(f"removed {a.key} from {MCP_FILE}")
        return 0

    entry = build_entry(a.key, a.dir, a.repository, a.pin)
    print(f"Entry for {MCP_FILE} -> mcpServers.{a.key}:")
    print(json.dumps({a.key: entry}, indent=2))
    print("\nPersonal alternative (not shared with the repo):")
    print("  " + claude_cmd(a.key, entry, "user"))

    if a.action == "plan":
        print("\nPlan only: nothing was written.")
        return 0
    if not a.confirm:
        raise SystemExit("refusing to write without --confirm; show the plan to the user first")
    if a.key in servers and servers[a.key] != entry and not a.replace:
        raise SystemExit(f"{a.key} already exists with different settings; pass --replace to overwrite")
    servers[a.key] = entry
    save(data)
    print(f"\nWrote {MCP_FILE}. Claude Code will ask you to approve '{a.key}' on next start.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
