#!/usr/bin/env python3
"""Flag risky npm lifecycle scripts and known-incident package names. Read-only."""
import json
import re
import sys
from pathlib import Path

LIFECYCLE = ("preinstall", "install", "postinstall", "prepare")
RISKY = [
    (re.compile(r"(curl|wget)[^|;&]*\|\s*(ba|z)?sh"), "pipes a download into a shell"),
    (re.compile(r"child_process|execSync|spawnSync"), "spawns processes from node -e"),
    (re.compile(r"powershell[^\n]*-e(nc|ncodedcommand)?\s", re.I), "encoded PowerShell"),
    (re.compile(r"\.npmrc|\.aws/credentials|\.ssh/id_"), "touches credential files"),
    (re.compile(r"base64\s+(-d|--decode)"), "decodes base64 at install time"),
]
KNOWN_BAD = {
    "flatmap-stream": "event-stream incident (2018)",
    "crossenv": "typosquat of cross-env (2017)",
    "colourama": "typosquat of colorama (PyPI)",
    "python3-dateutil": "typosquat of python-dateutil (2019)",
    "jeIlyfish": "typosquat of jellyfish with capital I (2019)",
    "torchtriton": "dependency confusion on PyTorch nightly (Dec 2022)",
}


def check_pkg_json(p: Path):
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    scripts = data.get("scripts") or {}
    for hook in LIFECYCLE:
        cmd = scripts.get(hook)
        if not isinstance(cmd, str):
            continue
        for rx, why in RISKY:
            if rx.search(cmd):
                print(f"[install-script] {data.get('name', p.parent.name)} {hook}: {why}")


def check_names(root: Path):
    texts = []
    for name in ("requirements.txt", "package.json", "package-lock.json", "poetry.lock"):
        f = root / name
        if f.is_file():
            texts.append(f.read_text(encoding="utf-8", errors="replace"))
    blob = "\n".join(texts)
    for bad, why in KNOWN_BAD.items():
        if re.search(rf'(^|["\s/]){re.escape(bad)}(["\s=<>~@]|$)', blob, re.M):
            print(f"[known-incident] {bad}: {why}")


def main():
    args = sys.argv[1:]
    if args and args[0] == "--names-only":
        check_names(Path(args[1] if len(args) > 1 else "."))
        return
    root = Path(args[0] if args else "node_modules")
    for pj in root.rglob("package.json"):
        check_pkg_json(pj)


if __name__ == "__main__":
    main()
