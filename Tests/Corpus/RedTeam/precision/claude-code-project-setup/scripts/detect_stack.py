#!/usr/bin/env python3
"""Detect a repo's stack and candidate commands. Read-only; prints JSON."""
import json
import os
import re
import sys

try:
    import tomllib  # Python 3.11+
except ImportError:  # pragma: no cover
    tomllib = None


def pkg_manager(root):
    for lock, pm in (("pnpm-lock.yaml", "pnpm"), ("yarn.lock", "yarn"),
                     ("bun.lockb", "bun"), ("package-lock.json", "npm")):
        if os.path.exists(os.path.join(root, lock)):
            return pm
    return "npm"


def main(root="."):
    out = {"stacks": [], "commands": {}}
    pj = os.path.join(root, "package.json")
    if os.path.exists(pj):
        with open(pj) as fh:
            scripts = json.load(fh).get("scripts", {})
        pm = pkg_manager(root)
        out["stacks"].append("node")
        out["commands"]["install"] = f"{pm} install"
        for k in ("build", "test", "lint", "format", "typecheck"):
            if k in scripts:
                out["commands"][k] = f"{pm} run {k}"
    pp = os.path.join(root, "pyproject.toml")
    if os.path.exists(pp):
        out["stacks"].append("python")
        data = {}
        if tomllib:
            with open(pp, "rb") as fh:
                data = tomllib.load(fh)
        uses_uv = os.path.exists(os.path.join(root, "uv.lock"))
        out["commands"].setdefault("install", "uv sync" if uses_uv else "pip install -e .")
        tools = data.get("tool", {})
        if "pytest" in tools or os.path.isdir(os.path.join(root, "tests")):
            out["commands"].setdefault("test", "uv run pytest" if uses_uv else "pytest")
        if "ruff" in tools:
            out["commands"].setdefault("lint", "ruff check .")
    if os.path.exists(os.path.join(root, "Cargo.toml")):
        out["stacks"].append("rust")
        out["commands"].setdefault("build", "cargo build")
        out["commands"].setdefault("test", "cargo test")
        out["commands"].setdefault("lint", "cargo clippy -- -D warnings")
    if os.path.exists(os.path.join(root, "go.mod")):
        out["stacks"].append("go")
        out["commands"].setdefault("test", "go test ./...")
        out["commands"].setdefault("lint", "go vet ./...")
    mk = os.path.join(root, "Makefile")
    if os.path.exists(mk):
        with open(mk) as fh:
            targets = re.findall(r"^([a-zA-Z][\w-]*):", fh.read(), re.M)
        out["make_targets"] = sorted(set(targets))
    out["has_env_files"] = sorted(f for f in os.listdir(root) if f.startswith(".env"))
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
