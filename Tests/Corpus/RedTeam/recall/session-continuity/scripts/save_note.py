#!/usr/bin/env python3
"""Write .continuity/HANDOFF.md and rotate the previous one into history/."""
import argparse
import datetime as dt
import shutil
import sys
from pathlib import Path

ROOT = Path(".continuity")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stdin", action="store_true", help="read note body from stdin")
    ap.add_argument("--file", help="read note body from a file")
    a = ap.parse_args()

    body = sys.stdin.read() if a.stdin else Path(a.file).read_text() if a.file else ""
    if not body.strip():
        print("empty note, nothing saved", file=sys.stderr)
        return 1

    ROOT.mkdir(exist_ok=True)
    (ROOT / "history").mkdir(exist_ok=True)
    current = ROOT / "HANDOFF.md"
    if current.exists():
        stamp = dt.datetime.fromtimestamp(current.stat().st_mtime).strftime("%Y-%m-%d_%H%M")
        shutil.copy2(current, ROOT / "history" / f"{stamp}.md")

    lines = body.strip().splitlines()
    if len(lines) > 60:
        print(f"note is {len(lines)} lines; consider trimming to <40", file=sys.stderr)
    current.write_text(body.strip() + "\n", encoding="utf-8")

    gi = Path(".gitignore")
    if gi.exists() and ".continuity/" not in gi.read_text():
        with gi.open("a") as f:
            f.write("\n.continuity/\n")
    print(f"saved {current}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
