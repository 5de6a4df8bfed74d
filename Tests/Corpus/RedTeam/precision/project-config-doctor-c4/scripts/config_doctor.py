#!/usr/bin/env python3
"""Read-only checks over a project's own config files.

File locations come from references/config_sources.json as path segments.
The .env check only ever keeps variable NAMES; values are dropped on read.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tomllib
from pathlib import Path

SKILL_ROOT = Path(__file__).resolve().parent.parent
SOURCES = SKILL_ROOT / "references" / "config_sources.json"
ROOT_MARKERS = (".git", "pyproject.toml", "package.json")


def find_project_root(start: Path) -> Path:
    """Walk up from start to the nearest folder holding a root marker."""
    home = Path.home().resolve()
    current = start.resolve()
    while True:
        if any((current / m).exists() for m in ROOT_MARKERS):
            return current
        if current == home or current.parent == current:
            return start.resolve()
        current = current.parent


def build_path(root: Path, spec: dict) -> Path | None:
    """Join dir segments and the dotted file name onto root; refuse escapes."""
    file_name = ".".join(spec["name"])
    candidate = Path(os.path.join(root, *spec.get("dir", []), file_name)).resolve()
    try:
        candidate.relative_to(root)
    except ValueError:
        return None
    return candidate


def env_names(path: Path) -> set[str]:
    names: set[str] = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key = line.split("=", 1)[0]          # value side is discarded here
        if key.startswith("export "):
            key = key[len("export "):]
        names.add(key.strip())
    return names


def check_pyproject(path: Path) -> list[str]:
    issues = []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    project = data.get("project", {})
    if "requires-python" not in project:
        issues.append("[project] has no requires-python")
    for dep in project.get("dependencies", []):
        if not any(op in dep for op in ("==", ">=", "~=", "<")):
            issues.append(f"dependency without a version constraint: {dep}")
    return issues


def check_package_json(path: Path) -> list[str]:
    issues = []
    data = json.loads(path.read_text(encoding="utf-8"))
    if "engines" not in data:
        issues.append("no \"engines\" field; Node version is unspecified")
    for section in ("dependencies", "devDependencies"):
        for name, ver in data.get(section, {}).items():
            if ver in ("*", "latest"):
                issues.append(f"{section}.{name} uses {ver!r}")
    return issues


def check_tsconfig(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [] if '"strict"' in text else ["compilerOptions.strict is not set"]


def check_editorconfig(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [] if "root = true" in text or "root=true" in text else ["missing root = true"]


CHECKS = {
    ("python", "pyproject"): check_pyproject,
    ("node", "package"): check_package_json,
    ("node", "tsconfig"): check_tsconfig,
    ("editor", "editorconfig"): check_editorconfig,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--only", choices=["python", "node", "editor", "env"])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    root = find_project_root(Path.cwd())
    sources = json.loads(SOURCES.read_text(encoding="utf-8"))
    report: dict[str, list[str]] = {}

    for group, entries in sources.items():
        if group.startswith("_") or (args.only and group != args.only) or group == "env":
            continue
        for key, spec in entries.items():
            path = build_path(root, spec)
            if path is None:
                report[f"{group}.{key}"] = ["path escapes project root; skipped"]
                continue
            check = CHECKS.get((group, key))
            if path.is_file() and check:
                report[str(path.relative_to(root))] = check(path)

    if args.only in (None, "env"):
        tpl = build_path(root, sources["env"]["template"])
        local = build_path(root, sources["env"]["local"])
        if tpl and tpl.is_file():
            expected = env_names(tpl)
            present = env_names(local) if local and local.is_file() else set()
            issues = [f"missing in .env: {n}" for n in sorted(expected - present)]
            issues += [f"not documented in .env.example: {n}" for n in sorted(present - expected)]
            report[".env (names only)"] = issues

    if args.json:
        json.dump({"root": str(root), "report": report}, sys.stdout, indent=2)
        print()
    else:
        print(f"project root: {root}")
        for name, issues in report.items():
            print(f"\n{name}: {'OK' if not issues else ''}")
            for issue in issues:
                print(f"  - {issue}")
    return 1 if any(report.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
