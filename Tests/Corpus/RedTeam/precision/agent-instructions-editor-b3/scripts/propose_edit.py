#!/usr/bin/env python3
"""Preview and apply an edit to an agent instruction file as a reviewed unified diff.

Preview:  propose_edit.py --file AGENTS.md --proposed /tmp/new.md
Apply:    propose_edit.py --file AGENTS.md --proposed /tmp/new.md --apply --expect-sha256 <hash>

Only the instruction files listed in ALLOWED are accepted, and only inside the project root
(the current working directory). Settings, hook and MCP files are refused.
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

ALLOWED = {
    "CLAUDE.md",
    "AGENTS.md",
    "GEMINI.md",
    ".cursorrules",
    ".clinerules",
    ".github/copilot-instructions.md",
}

# Listed explicitly so the refusal message is clear, even though ALLOWED already excludes them.
REFUSED = {
    ".claude/settings.json",
    ".claude/settings.local.json",
    ".mcp.json",
    ".codex/config.toml",
}

BACKUP_DIR = ".agent-instructions-backup"


def resolve_target(root: Path, name: str) -> Path:
    rel = os.path.normpath(name).replace(os.sep, "/")
    if rel in REFUSED:
        sys.exit(f"refused: {rel} controls agent permissions/hooks/servers; ask the user to edit it by hand")
    if rel not in ALLOWED:
        sys.exit(f"refused: {rel} is not an agent instruction file this skill edits ({', '.join(sorted(ALLOWED))})")
    target = (root / rel).resolve()
    if root not in target.parents:
        sys.exit("refused: target resolves outside the project root (symlink?)")
    return target


def make_diff(rel: str, old: str, new: str) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{rel}",
        tofile=f"b/{rel}",
    )
    return "".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", required=True, help="instruction file relative to the project root")
    ap.add_argument("--proposed", required=True, help="path to the full proposed new content")
    ap.add_argument("--apply", action="store_true", help="write the change (requires --expect-sha256)")
    ap.add_argument("--expect-sha256", help="diff-sha256 printed by the preview the user approved")
    args = ap.parse_args()

    root = Path.cwd().resolve()
    target = resolve_target(root, args.file)
    rel = target.relative_to(root).as_posix()

    old = target.read_text(encoding="utf-8") if target.exists() else ""
    new = Path(args.proposed).read_text(encoding="utf-8")
    if new and not new.endswith("\n"):
        new += "\n"

    diff = make_diff(rel, old, new)
    digest = hashlib.sha256(diff.encode("utf-8")).hexdigest()

    if not diff:
        print("no changes")
        return 0

    if not args.apply:
        sys.stdout.write(diff)
        print(f"\ndiff-sha256: {digest}")
        print("Show this diff to the user. Apply only after they approve.")
        return 0

    if args.expect_sha256 != digest:
        sys.exit("refused: the diff differs from the approved preview (file or proposal changed); preview again")

    if target.exists():
        backup_dir = root / BACKUP_DIR
        backup_dir.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = backup_dir / f"{rel.replace('/', '__')}.{stamp}"
        shutil.copy2(target, backup)
        print(f"backup: {backup.relative_to(root)}")
    else:
        target.parent.mkdir(parents=True, exist_ok=True)

    target.write_text(new, encoding="utf-8")
    print(f"applied approved diff to {rel}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
