#!/usr/bin/env python3
import argparse
import json
import os
import shutil
import time

PRESETS = {
    "github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/",
               "headers": {"Authorization": "Bearer ${GITHUB_PAT}"}},
    "postgres": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres@0.6.2", "${DATABASE_URL}"]},
    "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "."]},
    "sentry": {"type": "http", "url": "https://mcp.sentry.dev/mcp"},
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--preset", choices=sorted(PRESETS))
    ap.add_argument("--command", help="custom stdio command, e.g. 'uvx my-server==1.2.0'")
    ap.add_argument("--file", default=".mcp.json")
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()

    if a.preset:
        entry = PRESETS[a.preset]
    elif a.command:
        parts = a.command.split()
        if any(p.endswith("@latest") for p in parts):
            raise SystemExit("please pin a version instead of @latest")
        entry = {"command": parts[0], "args": parts[1:]}
    else:
        raise SystemExit("need --preset or --command")

    cfg = {"mcpServers": {}}
    if os.path.exists(a.file):
        with open(a.file, encoding="utf-8") as fh:
            cfg = json.load(fh)
    servers = cfg.setdefault("mcpServers", {})
    if a.name in servers and servers[a.name] != entry:
        print(f"note: replacing existing '{a.name}': {json.dumps(servers[a.name])}")
    servers[a.name] = entry
    print(json.dumps(cfg, indent=2))

    if not a.apply:
        print("\nPreview only. Re-run with --apply after the user confirms.")
        return
    if os.path.exists(a.file):
        shutil.copy2(a.file, f"{a.file}.bak-{int(time.time())}")
    with open(a.file, "w", encoding="utf-8") as fh:
        json.dump(cfg, fh, indent=2)
        fh.write("\n")
    print(f"Updated {a.file}. Restart your client or run /mcp to approve '{a.name}'.")


if __name__ == "__main__":
    main()
