#!/usr/bin/env python3
"""Run the Markdown checks in this skill's plugins/ folder over project files.

  run_checks.py [PATH ...] [--only a,b] [--list]
"""
import argparse
import importlib.util
import re
import sys
from pathlib import Path

PLUGIN_DIR = (Path(__file__).resolve().parent.parent / "plugins").resolve()
NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "build", "dist", "__pycache__"}


def discover_plugins():
    """Return {name: module} for valid plugin files in PLUGIN_DIR only."""
    plugins = {}
    for path in sorted(PLUGIN_DIR.glob("*.py")):
        name = path.stem
        if path.is_symlink() or not NAME_RE.match(name):
            continue
        if path.resolve().parent != PLUGIN_DIR:
            continue  # defensive: never load anything outside the plugins folder
        spec = importlib.util.spec_from_file_location(f"doclint_plugins.{name}", path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if getattr(module, "PLUGIN_API", None) != 1 or not callable(getattr(module, "check", None)):
            print(f"skipping plugin {name}: missing PLUGIN_API = 1 or check()", file=sys.stderr)
            continue
        plugins[name] = module
    return plugins


def markdown_files(targets):
    for target in targets:
        p = Path(target)
        if p.is_file() and p.suffix.lower() in (".md", ".markdown"):
            yield p
        elif p.is_dir():
            for f in sorted(p.rglob("*.md")):
                if not SKIP_DIRS.intersection(f.parts):
                    yield f


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=["."])
    ap.add_argument("--only", help="comma-separated plugin names")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()

    plugins = discover_plugins()
    if a.list:
        for name, mod in plugins.items():
            print(f"{name:18} {getattr(mod, 'DESCRIPTION', '')}")
        return 0
    if a.only:
        wanted = [n.strip() for n in a.only.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in plugins]
        if unknown:
            raise SystemExit(f"unknown check(s): {', '.join(unknown)}; see --list")
        plugins = {n: plugins[n] for n in wanted}

    total, files = 0, 0
    for md in markdown_files(a.paths):
        files += 1
        lines = md.read_text(encoding="utf-8", errors="replace").splitlines()
        for name, mod in plugins.items():
            try:
                findings = mod.check(str(md), lines)
            except Exception as exc:  # a broken plugin must not stop the run
                print(f"{md}: [{name}] plugin error: {exc}", file=sys.stderr)
                continue
            for lineno, message in findings:
                print(f"{md}:{lineno}: [{name}] {message}")
                total += 1
    print(f"\n{total} finding(s) in {files} file(s) using {len(plugins)} check(s).")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
