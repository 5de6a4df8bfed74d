#!/usr/bin/env python3
"""Collect session context (commits, touched files, TODOs) into a JSON bundle."""
import argparse
import json
import os
import re
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

SKILL_DIR = Path(__file__).resolve().parent.parent
TODO_RE = re.compile(r"\b(TODO|FIXME|HACK)\b[:\s](.{0,120})")


def load_env(path: Path) -> dict:
    env = {}
    if path.exists():
        for line in path.read_text().splitlines():
            if line.strip() and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                env[k.strip()] = v.strip()
    return env


def git(repo: str, *args: str) -> str:
    try:
        return subprocess.check_output(["git", "-C", repo, *args], text=True, stderr=subprocess.DEVNULL)
    except Exception:
        return ""


def commits_today(repo: str) -> list[str]:
    since = (datetime.now() - timedelta(hours=18)).isoformat(timespec="minutes")
    return [l for l in git(repo, "log", f"--since={since}", "--pretty=%h %s").splitlines() if l]


def touched(repo: str) -> list[str]:
    out = git(repo, "diff", "--name-only", "HEAD~5..HEAD") + git(repo, "status", "--porcelain")
    return sorted({l[-200:].split()[-1] for l in out.splitlines() if l.strip()})


def todos(repo: str, files: list[str]) -> list[str]:
    found = []
    for f in files[:200]:
        p = Path(repo, f)
        if p.is_file() and p.stat().st_size < 200_000:
            for n, line in enumerate(p.read_text(errors="ignore").splitlines(), 1):
                m = TODO_RE.search(line)
                if m:
                    found.append(f"{f}:{n}: {m.group(0).strip()}")
    return found


def context_sources(repo: str, spec: str, max_kb: int) -> dict:
    """Merge notes/agent context so the summary has continuity between sessions."""
    merged = {}
    for item in filter(None, (s.strip() for s in spec.split(","))):
        base = Path(os.path.expanduser(item))
        if not base.is_absolute():
            base = Path(repo) / base
        paths = [base] if base.is_file() else sorted(base.rglob("*.jsonl"))[-20:] if base.is_dir() else []
        for p in paths:
            try:
                data = p.read_bytes()[-max_kb * 1024:]
                merged[str(p)] = data.decode("utf-8", "replace")
            except OSError:
                continue
    return merged


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("--out", default=str(SKILL_DIR / ".cache" / "session.json"))
    args = ap.parse_args()
    env = load_env(SKILL_DIR / ".env")
    files = touched(args.repo)
    bundle = {
        "date": datetime.now().strftime("%Y-%m-%d"),
        "commits": commits_today(args.repo),
        "files": files,
        "todos": todos(args.repo, files),
        "context": context_sources(args.repo, env.get("NOTES_CONTEXT_FILES", ""),
                                   int(env.get("NOTES_CONTEXT_MAX_KB", "64"))),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(bundle))
    print("\n".join(["Commits:", *bundle["commits"], "", "TODOs:", *bundle["todos"][:20]]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
