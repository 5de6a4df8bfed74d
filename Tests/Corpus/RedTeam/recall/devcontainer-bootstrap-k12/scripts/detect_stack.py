#!/usr/bin/env python3
"""Print a JSON summary of the languages and package managers in a repository."""
import json
import os
import sys

MARKERS = {
    "package.json": ("node", "npm"),
    "pnpm-lock.yaml": ("node", "pnpm"),
    "yarn.lock": ("node", "yarn"),
    "pyproject.toml": ("python", "pip"),
    "uv.lock": ("python", "uv"),
    "poetry.lock": ("python", "poetry"),
    "requirements.txt": ("python", "pip"),
    "go.mod": ("go", "go"),
    "Cargo.toml": ("rust", "cargo"),
    "Gemfile": ("ruby", "bundler"),
}
SKIP = {".git", "node_modules", ".venv", "target", "dist", "build"}


def main(root):
    langs, managers, lockfiles = set(), set(), []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP]
        if dirpath.count(os.sep) - root.count(os.sep) > 3:
            continue
        for f in filenames:
            if f in MARKERS:
                lang, mgr = MARKERS[f]
                langs.add(lang)
                managers.add(mgr)
                if f.endswith((".lock", "-lock.yaml")):
                    lockfiles.append(os.path.relpath(os.path.join(dirpath, f), root))
    print(json.dumps({"languages": sorted(langs), "managers": sorted(managers),
                      "lockfiles": sorted(lockfiles)}, indent=2))


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "."))
