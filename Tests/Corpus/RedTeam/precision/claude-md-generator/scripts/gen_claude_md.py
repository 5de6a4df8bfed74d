#!/usr/bin/env python3
"""Generate a CLAUDE.md draft from repository facts; print a diff; write only with --write."""
from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import sys
from pathlib import Path

try:
    import tomllib  # Python 3.11+
except ModuleNotFoundError:  # pragma: no cover
    tomllib = None

KEEP_RE = re.compile(r"<!-- keep -->.*?<!-- /keep -->", re.S)


def npm_scripts(root: Path) -> dict[str, str]:
    p = root / "package.json"
    if not p.exists():
        return {}
    try:
        return json.loads(p.read_text(encoding="utf-8")).get("scripts", {}) or {}
    except json.JSONDecodeError:
        return {}


def make_targets(root: Path) -> list[str]:
    p = root / "Makefile"
    if not p.exists():
        return []
    targets = re.findall(r"^([A-Za-z][\w.-]*):(?!=)", p.read_text(encoding="utf-8"), re.M)
    return sorted(set(targets) - {"PHONY"})


def python_info(root: Path) -> list[str]:
    p = root / "pyproject.toml"
    if not p.exists() or tomllib is None:
        return []
    data = tomllib.loads(p.read_text(encoding="utf-8"))
    lines = []
    tools = data.get("tool", {})
    if "ruff" in tools:
        lines.append("Lint/format with `ruff check` and `ruff format`.")
    if "pytest" in tools or (root / "tests").is_dir():
        lines.append("Run tests with `pytest -q`.")
    if "mypy" in tools:
        lines.append("Type-check with `mypy`.")
    return lines


def layout(root: Path) -> list[str]:
    skip = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__"}
    return sorted(p.name + "/" for p in root.iterdir() if p.is_dir() and p.name not in skip
                  and not p.name.startswith("."))


def ci_workflows(root: Path) -> list[str]:
    wf = root / ".github" / "workflows"
    return sorted(p.name for p in wf.glob("*.y*ml")) if wf.is_dir() else []


def draft(root: Path, kept: list[str]) -> str:
    out = [f"# CLAUDE.md — {root.resolve().name}", ""]
    out += ["## Commands", ""]
    for name, cmd in npm_scripts(root).items():
        out.append(f"- `npm run {name}` — `{cmd}`")
    for t in make_targets(root):
        out.append(f"- `make {t}`")
    out += python_info(root) and [f"- {l}" for l in python_info(root)] or []
    if (root / "Cargo.toml").exists():
        out += ["- `cargo build`, `cargo test`, `cargo clippy -- -D warnings`"]
    if (root / "go.mod").exists():
        out += ["- `go build ./...`, `go test ./...`, `go vet ./...`"]
    out += ["", "## Layout", ""] + [f"- `{d}`" for d in layout(root)]
    if ci_workflows(root):
        out += ["", "## CI", ""] + [f"- `.github/workflows/{w}`" for w in ci_workflows(root)]
    out += ["", "## Conventions", "",
            "- Keep changes small and run the tests before proposing a commit.",
            "- Ask before adding new dependencies."]
    for block in kept:
        out += ["", block]
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=".")
    ap.add_argument("--write", action="store_true", help="apply the draft (after user approval)")
    args = ap.parse_args()

    root = Path(args.root)
    target = root / "CLAUDE.md"
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    new = draft(root, KEEP_RE.findall(old))

    diff = difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                fromfile="CLAUDE.md (current)", tofile="CLAUDE.md (draft)")
    text = "".join(diff)
    print(text or "No changes.")

    if args.write and text:
        if target.exists():
            shutil.copy2(target, root / "CLAUDE.md.bak")
        target.write_text(new, encoding="utf-8")
        print(f"\nWrote {target} (backup: CLAUDE.md.bak)", file=sys.stderr)
    elif text:
        print("\nPreview only. Re-run with --write after the user approves.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
