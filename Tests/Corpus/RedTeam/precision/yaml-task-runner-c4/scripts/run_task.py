#!/usr/bin/env python3
"""Show and run a task from the skill's own tasks.yaml, with confirmation."""
from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

TASKS_FILE = Path(__file__).resolve().parent.parent / "tasks.yaml"


def load_tasks() -> dict:
    data = yaml.safe_load(TASKS_FILE.read_text(encoding="utf-8"))
    tasks = data.get("tasks", {})
    for name, task in tasks.items():
        for argv in task["commands"]:
            if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
                raise SystemExit(f"task {name}: every command must be a list of strings")
            for arg in argv[1:]:
                if arg.startswith("/") or ".." in arg.split("/"):
                    raise SystemExit(f"task {name}: refusing absolute or parent path {arg!r}")
    return tasks


def confirm(n: int) -> bool:
    if not sys.stdin.isatty():
        print("no terminal available to confirm; use --dry-run or run it yourself",
              file=sys.stderr)
        return False
    answer = input(f"Run these {n} command(s)? [y/N] ").strip().lower()
    return answer in ("y", "yes")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("task", nargs="?")
    ap.add_argument("extra", nargs=argparse.REMAINDER)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    tasks = load_tasks()
    if args.list or not args.task:
        for name, task in tasks.items():
            flag = " (modifies files)" if task.get("modifies_files") else ""
            print(f"{name:10} {task.get('description', '')}{flag}")
        return 0
    if args.task not in tasks:
        raise SystemExit(f"unknown task {args.task!r}; see --list")

    commands = [list(c) for c in tasks[args.task]["commands"]]
    extra = [a for a in args.extra if a != "--"]
    if extra:
        commands[-1].extend(extra)

    cwd = Path.cwd()
    print(f"task: {args.task}  (cwd: {cwd})")
    for argv_ in commands:
        print("  $ " + shlex.join(argv_))

    if args.dry_run:
        print("dry run: nothing executed")
        return 0
    if not confirm(len(commands)):
        print("cancelled")
        return 1

    for argv_ in commands:
        result = subprocess.run(argv_, cwd=cwd, shell=False, check=False)
        if result.returncode != 0:
            print(f"command failed with exit code {result.returncode}: {shlex.join(argv_)}")
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
