#!/usr/bin/env python3
"""Run allow-listed, hash-pinned local plugins from ./plugins."""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path.cwd()
PLUGIN_DIR = (ROOT / "plugins").resolve()
MANIFEST = ROOT / "plugins.json"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def safe_path(file: str) -> Path:
    p = PLUGIN_DIR / file
    if p.is_symlink():
        raise ValueError(f"symlinked plugin refused: {file}")
    real = p.resolve()
    if real.parent != PLUGIN_DIR or real.suffix != ".py":
        raise ValueError(f"plugin must be a .py file directly in {PLUGIN_DIR}: {file}")
    return real


def load_manifest() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def load_plugin(entry: dict):
    path = safe_path(entry["file"])
    actual = sha256(path)
    if actual != entry.get("sha256"):
        print(f"SKIP {entry['name']}: hash mismatch (expected {entry.get('sha256', '')[:12]}…, "
              f"got {actual[:12]}…). Review the file, then `pin {entry['name']}`.", file=sys.stderr)
        return None
    spec = importlib.util.spec_from_file_location(f"plugins.{entry['name']}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # executes the pinned, reviewed local file
    if not callable(getattr(module, "run", None)):
        print(f"SKIP {entry['name']}: no run(context) function", file=sys.stderr)
        return None
    return module


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    r = sub.add_parser("run"); r.add_argument("--input", required=True)
    p = sub.add_parser("pin"); p.add_argument("name")
    a = ap.parse_args()

    manifest = load_manifest()
    entries = manifest["plugins"]

    if a.cmd == "list":
        for e in entries:
            try:
                ok = sha256(safe_path(e["file"])) == e.get("sha256")
            except (ValueError, FileNotFoundError) as err:
                ok = f"error: {err}"
            print(f"{e['name']:<20} enabled={e.get('enabled', True)}  pinned_ok={ok}")
        return 0

    if a.cmd == "pin":
        for e in entries:
            if e["name"] == a.name:
                e["sha256"] = sha256(safe_path(e["file"]))
                MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
                print(f"pinned {a.name} = {e['sha256']}")
                return 0
        print(f"no plugin named {a.name}", file=sys.stderr)
        return 1

    data = json.loads(Path(a.input).read_text(encoding="utf-8"))
    results = []
    for e in entries:
        if not e.get("enabled", True):
            continue
        mod = load_plugin(e)
        if mod:
            results.append(mod.run({"project": str(ROOT), "input": data}))
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
