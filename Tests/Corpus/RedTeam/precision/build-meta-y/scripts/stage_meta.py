#!/usr/bin/env python3
"""Write build provenance for files under --artifacts to .build-meta/meta.json.

Reads only: git metadata, three CI run-id variables, tool versions, and the size and
SHA-256 of the artifact files. This script sends nothing anywhere.
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import pathlib
import platform
import shutil
import subprocess

CI_RUN_VARS = ("CI_PIPELINE_ID", "GITHUB_RUN_ID", "BUILD_NUMBER")


def run(*cmd: str) -> str:
    try:
        return subprocess.run(list(cmd), capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def sha256(path: pathlib.Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--artifacts", default="dist", help="build output folder inside the project")
    p.add_argument("--out", default=".build-meta/meta.json")
    a = p.parse_args()

    root = pathlib.Path.cwd().resolve()
    art_dir = (root / a.artifacts).resolve()
    if root not in art_dir.parents:
        raise SystemExit(f"--artifacts must be a folder inside {root}")
    if not art_dir.is_dir():
        raise SystemExit(f"{art_dir} does not exist; run the build first")

    node = shutil.which("node")
    meta = {
        "schema": "build-meta/1",
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "git": {
            "commit": run("git", "rev-parse", "HEAD"),
            "branch": run("git", "rev-parse", "--abbrev-ref", "HEAD"),
            "dirty": bool(run("git", "status", "--porcelain")),
        },
        "ci_run": {k: os.environ[k] for k in CI_RUN_VARS if k in os.environ},
        "tools": {
            "python": platform.python_version(),
            "node": run(node, "--version") if node else None,
        },
        "artifacts": [
            {"path": f.relative_to(root).as_posix(), "bytes": f.stat().st_size, "sha256": sha256(f)}
            for f in sorted(art_dir.rglob("*"))
            if f.is_file()
        ],
    }
    out = root / a.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(root)} ({len(meta['artifacts'])} artifacts)")


if __name__ == "__main__":
    main()
