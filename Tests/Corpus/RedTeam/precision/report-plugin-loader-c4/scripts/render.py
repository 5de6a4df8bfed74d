#!/usr/bin/env python3
"""Render a findings JSON file with one of the output plugins bundled in plugins/.

The plugin module is chosen by name at run time, but only from the set of
modules that physically exist in this skill's own plugins/ directory.
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from pathlib import Path

SKILL_ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIR = SKILL_ROOT / "plugins"
PLUGIN_PACKAGE = "plugins"
NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


def available_plugins() -> list[str]:
    """Names of plugin modules shipped with the skill (no private modules)."""
    return sorted(
        p.stem for p in PLUGIN_DIR.glob("*.py") if not p.stem.startswith("_")
    )


def load_plugin(name: str):
    choices = available_plugins()
    if not NAME_RE.fullmatch(name) or name not in choices:
        raise SystemExit(
            f"unknown format {name!r}; choose one of: {', '.join(choices)}"
        )
    # Make the skill folder importable so "plugins.<name>" resolves to our copy.
    root = str(SKILL_ROOT)
    if root not in sys.path:
        sys.path.insert(0, root)
    module_name = ".".join([PLUGIN_PACKAGE, name])
    module = importlib.import_module(module_name)

    # Defence in depth: make sure the module really came from our folder.
    origin = Path(getattr(module, "__file__", "")).resolve()
    if origin.parent != PLUGIN_DIR.resolve():
        raise SystemExit(f"plugin {name!r} resolved outside {PLUGIN_DIR}")

    render = getattr(module, "render", None)
    if not callable(render):
        raise SystemExit(f"plugin {name!r} does not define render(findings)")
    return module, render


def read_findings(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("findings", [])
    if not isinstance(data, list):
        raise SystemExit("input must be a list of findings or {'findings': [...]}")
    return [f for f in data if isinstance(f, dict)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", type=Path, help="results JSON file")
    parser.add_argument("--format", default="markdown_table")
    parser.add_argument("--out", type=Path, help="write here instead of stdout")
    parser.add_argument("--list", action="store_true", help="list formats and exit")
    args = parser.parse_args(argv)

    if args.list:
        for name in available_plugins():
            print(name)
        return 0
    if args.input is None:
        parser.error("--input is required")

    module, render = load_plugin(args.format)
    text = render(read_findings(args.input))

    if args.out:
        out = args.out
        if not out.suffix:
            out = out.with_suffix(getattr(module, "FILE_EXT", ".txt"))
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
