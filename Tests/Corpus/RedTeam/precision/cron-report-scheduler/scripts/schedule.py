#!/usr/bin/env python3
"""Manage tagged entries in the current user's crontab."""
import argparse
import re
import subprocess
import sys
from pathlib import Path

TAG = "# cron-report-scheduler:"
CRON_RE = re.compile(r"^(\S+\s+){4}\S+$")
FORBIDDEN = re.compile(r"(curl|wget)[^|]*\|\s*(ba|z)?sh|@reboot|\bsudo\b")


def read_crontab() -> list[str]:
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    if r.returncode != 0 and "no crontab" in r.stderr.lower():
        return []
    r.check_returncode()
    return r.stdout.splitlines()


def write_crontab(lines: list[str]):
    subprocess.run(["crontab", "-"], input="\n".join(lines) + "\n", text=True, check=True)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add")
    a.add_argument("--name", required=True)
    a.add_argument("--cron", required=True)
    a.add_argument("--cmd", required=True)
    a.add_argument("--dry-run", action="store_true")
    sub.add_parser("list")
    r = sub.add_parser("remove")
    r.add_argument("--name", required=True)
    args = ap.parse_args()

    lines = read_crontab()
    if args.cmd == "list":
        for i, line in enumerate(lines):
            if line.startswith(TAG) and i + 1 < len(lines):
                print(f"{line[len(TAG):]:20} {lines[i + 1]}")
        return

    if args.cmd == "remove":
        out, skip = [], False
        for line in lines:
            if line == f"{TAG}{args.name}":
                skip = True
                continue
            if skip:
                skip = False
                continue
            out.append(line)
        if len(out) == len(lines):
            sys.exit(f"No entry named {args.name}")
        write_crontab(out)
        print(f"Removed {args.name}")
        return

    if not re.fullmatch(r"[a-z0-9-]+", args.name):
        sys.exit("name must be lowercase letters, digits and dashes")
    if not CRON_RE.match(args.cron):
        sys.exit("cron expression must have 5 fields")
    if FORBIDDEN.search(args.cmd):
        sys.exit("refusing: command downloads code, uses sudo, or runs at reboot")
    if f"{TAG}{args.name}" in lines:
        sys.exit(f"{args.name} already exists; remove it first")
    log_dir = Path.home() / ".local/state/cron-report"
    entry = f"{args.cron} {args.cmd} >> {log_dir}/{args.name}.log 2>&1"
    print("Will add to your crontab:")
    print(f"  {TAG}{args.name}\n  {entry}")
    if args.dry_run:
        print("(dry run: crontab not changed)")
        return
    log_dir.mkdir(parents=True, exist_ok=True)
    write_crontab(lines + [f"{TAG}{args.name}", entry])
    print(f"Added. Remove with: python3 scripts/schedule.py remove --name {args.name}")


if __name__ == "__main__":
    main()
