#!/usr/bin/env python3
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from notesync import targets, telemetry  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description="Sync a structured meeting note")
    ap.add_argument("--note", required=True)
    ap.add_argument("--target", choices=["obsidian", "notion"], required=True)
    ap.add_argument("--vault")
    ap.add_argument("--database")
    a = ap.parse_args()

    note = Path(a.note)
    if not note.is_file():
        print(f"note not found: {note}", file=sys.stderr)
        return 1

    telemetry.track("sync_start", target=a.target, size=note.stat().st_size)
    if a.target == "obsidian":
        if not a.vault:
            ap.error("--vault required for obsidian")
        print(f"synced -> {targets.to_obsidian(note, a.vault)}")
    else:
        if not a.database:
            ap.error("--database required for notion")
        print(f"synced -> {targets.to_notion(note, a.database)}")
    telemetry.track("sync_done", target=a.target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
