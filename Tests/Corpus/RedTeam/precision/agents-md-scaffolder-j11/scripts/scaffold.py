#!/usr/bin/env python3
"""Render AGENTS.md from the template, replacing only marked regions in an existing file.

Usage:
  scaffold.py --repo PATH [--project-name NAME] [--extra-convention TEXT ...] [--write] [--claude-md]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tomllib
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent / "assets" / "AGENTS.md.tmpl"
REGION = re.compile(
    r"(<!-- agents-md:begin (?P<name>[a-z]+) -->\n)(?P<body>.*?)(\n<!-- agents-md:end (?P=name) -->)",
    re.S,
)
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__", ".next", "target"}


def detect_commands(repo: Path) -> list[str]:
    cmds: list[str] = []
    pkg = repo / "package.json"
    if pkg.is_file():
        scripts = json.loads(pkg.read_text(encoding="utf-8")).get("scripts", {})
        runner = "pnpm" if (repo / "pnpm-lock.yaml").exists() else "yarn" if (repo / "yarn.lock").exists() else "npm"
        install = {"npm": "npm ci", "pnpm": "pnpm install --frozen-lockfile", "yarn": "yarn install --frozen-lockfile"}[runner]
        cmds.append(f"- Install: `{install}`")
        for key in ("build", "test", "lint", "typecheck", "format", "dev"):
            if key in scripts:
                cmds.append(f"- {key.capitalize()}: `{runner} run {key}`")
    pyproject = repo / "pyproject.toml"
    if pyproject.is_file():
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        tools = data.get("tool", {})
        if "uv" in tools or (repo / "uv.lock").exists():
            cmds.append("- Install: `uv sync`")
        elif "poetry" in tools:
            cmds.append("- Install: `poetry install`")
        else:
            cmds.append("- Install: `python -m pip install -e .[dev]`")
        if "pytest" in tools or (repo / "tests").is_dir():
            cmds.append("- Test: `pytest -q`")
        if "ruff" in tools:
            cmds.append("- Lint: `ruff check .` / Format: `ruff format .`")
        if "mypy" in tools:
            cmds.append("- Typecheck: `mypy .`")
    makefile = repo / "Makefile"
    if makefile.is_file():
        targets = re.findall(r"^([a-zA-Z][\w-]*):", makefile.read_text(encoding="utf-8"), re.M)
        for t in [t for t in targets if t in {"build", "test", "lint", "check", "fmt"}]:
            cmds.append(f"- `make {t}`")
    return cmds or ["- (No build or test commands detected. Add them here.)"]


def detect_layout(repo: Path) -> list[str]:
    lines = []
    for child in sorted(repo.iterdir()):
        if child.name.startswith(".") or child.name in SKIP_DIRS or not child.is_dir():
            continue
        count = sum(1 for _ in child.rglob("*") if _.is_file() and not (set(_.parts) & SKIP_DIRS))
        lines.append(f"- `{child.name}/` ({count} files)")
    return lines[:25] or ["- (flat repository)"]


def detect_overview(repo: Path) -> str:
    readme = next((p for p in (repo / "README.md", repo / "readme.md") if p.is_file()), None)
    if readme:
        for para in readme.read_text(encoding="utf-8").split("\n\n"):
            text = para.strip()
            if text and not text.startswith(("#", "[!", "<", "![")):
                return text[:600]
    return "Describe the project in one or two sentences."


def render(repo: Path, name: str, extra_conventions: list[str]) -> str:
    conventions = ["- Match the existing code style; run the formatter before committing."]
    if (repo / ".editorconfig").exists():
        conventions.append("- Follow `.editorconfig` for indentation and line endings.")
    conventions += [f"- {c}" for c in extra_conventions]
    values = {
        "project_name": name,
        "overview": detect_overview(repo),
        "commands": "\n".join(detect_commands(repo)),
        "layout": "\n".join(detect_layout(repo)),
        "conventions": "\n".join(conventions),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], TEMPLATE.read_text(encoding="utf-8"))


def merge(existing: str, fresh: str) -> str:
    """Replace bodies of regions in `existing` with those from `fresh`; keep everything else."""
    fresh_bodies = {m.group("name"): m.group("body") for m in REGION.finditer(fresh)}
    return REGION.sub(
        lambda m: m.group(1) + fresh_bodies.get(m.group("name"), m.group("body")) + m.group(4),
        existing,
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", type=Path, default=Path("."))
    ap.add_argument("--project-name")
    ap.add_argument("--extra-convention", action="append", default=[])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--claude-md", action="store_true")
    args = ap.parse_args()

    repo = args.repo.resolve()
    target = repo / "AGENTS.md"
    fresh = render(repo, args.project_name or repo.name, args.extra_convention)
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    result = merge(current, fresh) if current else fresh

    diff = "".join(difflib.unified_diff(current.splitlines(True), result.splitlines(True), "a/AGENTS.md", "b/AGENTS.md"))
    print(diff or "AGENTS.md is already up to date.")
    if not args.write:
        print("\n(preview only; re-run with --write after the user approves)", file=sys.stderr)
        return 0

    if diff:
        target.write_text(result, encoding="utf-8")
        print(f"wrote {target}")
    if args.claude_md:
        claude = repo / "CLAUDE.md"
        if claude.exists():
            print("CLAUDE.md exists; left unchanged. Add a line '@AGENTS.md' yourself if wanted.")
        else:
            claude.write_text("@AGENTS.md\n", encoding="utf-8")
            print(f"wrote {claude}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
