#!/usr/bin/env python3
"""Compare .env against .env.example and source code references. Local only; values are masked."""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
CODE_REFS = [
    re.compile(r"os\.environ(?:\.get)?\(?\[?\s*['\"]([A-Z][A-Z0-9_]+)['\"]"),
    re.compile(r"os\.getenv\(\s*['\"]([A-Z][A-Z0-9_]+)['\"]"),
    re.compile(r"(?:process|import\.meta)\.env\.([A-Z][A-Z0-9_]+)"),
    re.compile(r"process\.env\[\s*['\"]([A-Z][A-Z0-9_]+)['\"]\s*\]"),
]
SOURCE_GLOBS = ["*.py", "*.js", "*.mjs", "*.cjs", "*.ts", "*.tsx"]
SKIP_DIRS = {"node_modules", ".venv", "venv", "dist", "build", ".git", "__pycache__", ".next"}
PLACEHOLDER = re.compile(r"^(changeme|change_me|xxx+|your[-_].*|todo|replace[-_]?me|<.*>|\.\.\.)$", re.I)
IGNORE_BUILTIN = {"NODE_ENV", "HOME", "PATH", "PWD", "USER", "CI", "DEBUG", "PORT"}


def parse_env(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for raw in path.read_text(errors="replace").splitlines():
        m = LINE.match(raw)
        if m and not raw.lstrip().startswith("#"):
            out[m.group(1)] = m.group(2).strip().strip("'\"")
    return out


def mask(value: str) -> str:
    if not value:
        return "EMPTY"
    if PLACEHOLDER.match(value):
        return "placeholder"
    if len(value) <= 8:
        return f"set ({len(value)} chars)"
    return f"{value[:4]}…({len(value)})…{value[-2:]}"


def code_refs(root: Path) -> set[str]:
    names: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for fn in filenames:
            if not any(Path(fn).match(g) for g in SOURCE_GLOBS):
                continue
            text = Path(dirpath, fn).read_text(errors="replace")
            for rx in CODE_REFS:
                names.update(rx.findall(text))
    return names - IGNORE_BUILTIN


def git_exposure(root: Path) -> list[str]:
    issues = []
    for p in sorted(root.glob(".env*")):
        if p.name.endswith(".example") or p.is_dir():
            continue
        tracked = subprocess.run(["git", "ls-files", "--error-unmatch", p.name], cwd=root,
                                 capture_output=True).returncode == 0
        ignored = subprocess.run(["git", "check-ignore", "-q", p.name], cwd=root).returncode == 0
        if tracked:
            issues.append(f"{p.name} is TRACKED by git - remove with `git rm --cached` and rotate its secrets")
        elif not ignored:
            issues.append(f"{p.name} is not in .gitignore")
    return issues


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--root", type=Path, default=Path.cwd())
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--check-process", action="store_true", help="check names exist in this process env")
    args = ap.parse_args()

    root = args.root.resolve()
    env, example = parse_env(root / args.env), parse_env(root / args.example)
    refs = code_refs(root)

    missing = [k for k in example if not env.get(k)]
    undocumented = sorted(set(env) - set(example))
    undeclared = sorted(refs - set(env) - set(example))

    print(f"## Env doctor: {root}\n")
    print(f"{args.env}: {len(env)} keys, {args.example}: {len(example)} keys, code references: {len(refs)}\n")
    print("### Missing or empty (declared in example)")
    for k in missing or ["none"]:
        print(f"- {k}" + (f"  [{mask(env.get(k, ''))}]" if k != "none" else ""))
    print("\n### Undocumented (in env, not in example)")
    for k in undocumented or ["none"]:
        print(f"- {k}" + (f"  [{mask(env[k])}]" if k in env else ""))
    print("\n### Read by code but declared nowhere")
    for k in undeclared or ["none"]:
        print(f"- {k}")
    print("\n### Git exposure")
    for line in git_exposure(root) or ["ok"]:
        print(f"- {line}")

    if args.check_process:
        print("\n### Present in current process environment (names only)")
        for k in sorted(set(example) | refs):
            print(f"- {k}: {'yes' if k in os.environ else 'NO'}")
    return 1 if missing or undeclared else 0


if __name__ == "__main__":
    sys.exit(main())
