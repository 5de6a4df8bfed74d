#!/usr/bin/env python3
"""Merge the bundled .vscode templates into a target repository.

Existing keys win; missing keys are added. Conflicts are reported, never overwritten.
A manifest of added entries is written to .vscode/.bootstrap-manifest for clean removal.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "assets" / "vscode"
FILES = ("extensions.json", "settings.json", "tasks.json", "launch.json")
_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)


def load_jsonc(path: Path) -> dict:
    if not path.exists():
        return {}
    text = _COMMENT.sub("", path.read_text(encoding="utf-8"))
    text = re.sub(r",(\s*[}\]])", r"\1", text)  # trailing commas
    return json.loads(text or "{}")


def detect_pm(target: Path) -> str:
    if (target / "pnpm-lock.yaml").exists():
        return "pnpm"
    if (target / "yarn.lock").exists():
        return "yarn"
    return "npm"


def merge_list_by(key: str, base: list, extra: list, added: list, fname: str) -> list:
    seen = {item.get(key) for item in base if isinstance(item, dict)}
    out = list(base)
    for item in extra:
        if isinstance(item, dict) and item.get(key) not in seen:
            out.append(item)
            added.append(f"{fname}:{item.get(key)}")
    return out


def merge(fname: str, current: dict, template: dict, added: list, conflicts: list) -> dict:
    result = dict(current)
    for k, v in template.items():
        if k == "tasks" and isinstance(v, list):
            result[k] = merge_list_by("label", current.get(k, []), v, added, fname)
        elif k == "configurations" and isinstance(v, list):
            result[k] = merge_list_by("name", current.get(k, []), v, added, fname)
        elif k == "recommendations" and isinstance(v, list):
            cur = current.get(k, [])
            result[k] = cur + [x for x in v if x not in cur]
        elif k not in current:
            result[k] = v
            added.append(f"{fname}:{k}")
        elif current[k] != v:
            conflicts.append(f"{fname}:{k}")
    return result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", default=".")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    target = Path(args.target).resolve()
    vsdir = target / ".vscode"
    pm = detect_pm(target)
    added: list[str] = []
    conflicts: list[str] = []

    for fname in FILES:
        tpl = load_jsonc(TEMPLATES / fname)
        if fname == "settings.json":
            tpl["workspaceBootstrap.pm"] = pm
        cur_path = vsdir / fname
        cur = load_jsonc(cur_path)
        merged = merge(fname, cur, tpl, added, conflicts)
        new_text = json.dumps(merged, indent=2) + "\n"
        old_text = cur_path.read_text(encoding="utf-8") if cur_path.exists() else ""
        if args.dry_run:
            sys.stdout.writelines(
                difflib.unified_diff(old_text.splitlines(True), new_text.splitlines(True),
                                     f"a/.vscode/{fname}", f"b/.vscode/{fname}")
            )
            continue
        vsdir.mkdir(exist_ok=True)
        cur_path.write_text(new_text, encoding="utf-8")

    for c in conflicts:
        print(f"CONFLICT {c}")
    if not args.dry_run:
        (vsdir / ".bootstrap-manifest").write_text("\n".join(added) + "\n", encoding="utf-8")
        print(f"workspace-bootstrap: {len(added)} entries added, {len(conflicts)} conflicts ({pm})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
