#!/usr/bin/env python3
"""Inventory a repository for onboarding docs. Prints JSON to stdout."""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SKIP = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__", ".tox"}
LANG = {".py": "Python", ".ts": "TypeScript", ".tsx": "TypeScript", ".js": "JavaScript",
        ".go": "Go", ".rs": "Rust", ".java": "Java", ".kt": "Kotlin", ".rb": "Ruby",
        ".cs": "C#", ".php": "PHP", ".swift": "Swift"}


def walk(root: Path):
    for p in root.rglob("*"):
        if any(part in SKIP for part in p.relative_to(root).parts):
            continue
        if p.is_file():
            yield p


def package_scripts(root: Path) -> dict[str, str]:
    pj = root / "package.json"
    if not pj.exists():
        return {}
    try:
        return json.loads(pj.read_text()).get("scripts", {})
    except ValueError:
        return {}


def make_targets(root: Path) -> list[str]:
    mk = root / "Makefile"
    if not mk.exists():
        return []
    return re.findall(r"^([A-Za-z][\w-]*):", mk.read_text(), flags=re.M)


def env_names(root: Path) -> list[str]:
    names: list[str] = []
    for f in (".env.example", ".env.sample", ".env.template"):
        p = root / f
        if p.exists():
            names += re.findall(r"^\s*([A-Z][A-Z0-9_]*)\s*=", p.read_text(), flags=re.M)
    return sorted(set(names))


def ci_files(root: Path) -> list[str]:
    found = [str(p.relative_to(root)) for p in (root / ".github" / "workflows").glob("*.y*ml")]
    for f in (".gitlab-ci.yml", ".circleci/config.yml", "azure-pipelines.yml", "Jenkinsfile"):
        if (root / f).exists():
            found.append(f)
    return found


def compose_services(root: Path) -> list[str]:
    for f in ("docker-compose.yml", "docker-compose.yaml", "compose.yaml"):
        p = root / f
        if p.exists():
            block = p.read_text().split("services:", 1)[-1]
            return re.findall(r"^  ([a-zA-Z0-9_-]+):", block, flags=re.M)
    return []


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    langs = Counter(LANG[p.suffix] for p in walk(root) if p.suffix in LANG)
    manifests = [f for f in ("package.json", "pyproject.toml", "requirements.txt", "go.mod",
                             "Cargo.toml", "pom.xml", "build.gradle", "Gemfile", "Makefile")
                 if (root / f).exists()]
    print(json.dumps({
        "root": root.name,
        "languages": langs.most_common(),
        "manifests": manifests,
        "npm_scripts": package_scripts(root),
        "make_targets": make_targets(root),
        "env_vars": env_names(root),
        "ci": ci_files(root),
        "services": compose_services(root),
        "docs": sorted(str(p.relative_to(root)) for p in root.glob("docs/**/*.md"))[:50],
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
