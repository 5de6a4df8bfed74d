#!/usr/bin/env python3
"""Manage a marked block in the current user's crontab with backups and diffs."""
import argparse
import datetime
import difflib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

BEGIN = "# >>> cron-job-manager (managed block, edit with cronblock.py) >>>"
END = "# <<< cron-job-manager <<<"
STATE = Path.home() / ".local/state/cron-job-manager"
SCHED_RX = re.compile(r"^(@(reboot|hourly|daily|weekly|monthly|yearly)|(\S+\s+){4}\S+)$")


def read_crontab():
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    if r.returncode != 0 and "no crontab" in r.stderr.lower():
        return ""
    r.check_returncode()
    return r.stdout


def split(table):
    lines = table.splitlines()
    if BEGIN in lines and END in lines:
        b, e = lines.index(BEGIN), lines.index(END)
        return lines[:b], lines[b + 1:e], lines[e + 1:]
    return lines, [], []


def join(before, block, after):
    out = list(before)
    if block:
        out += [BEGIN, *block, END]
    out += after
    return "\n".join(out).rstrip("\n") + "\n"


def write(old, new, yes):
    diff = list(difflib.unified_diff(old.splitlines(), new.splitlines(), "crontab (current)", "crontab (new)", lineterm=""))
    if not diff:
        print("no change")
        return
    print("\n".join(diff))
    if not yes:
        if not sys.stdin.isatty() or input("Apply? [y/N] ").strip().lower() != "y":
            print("not applied")
            return
    STATE.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%dT%H%M%S")
    (STATE / f"crontab.{stamp}.bak").write_text(old)
    with tempfile.NamedTemporaryFile("w", delete=False, suffix=".cron") as fh:
        fh.write(new)
        tmp = fh.name
    try:
        subprocess.run(["crontab", tmp], check=True)
    finally:
        os.unlink(tmp)
    print(f"applied; backup at {STATE / f'crontab.{stamp}.bak'}")


def entries(block):
    """Yield (id, [comment, line]) pairs from the managed block."""
    i = 0
    while i < len(block):
        m = re.match(r"# id=(\S+)", block[i])
        if m and i + 1 < len(block):
            yield m.group(1), block[i:i + 2]
            i += 2
        else:
            i += 1


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    a = sub.add_parser("add")
    a.add_argument("--id", required=True)
    a.add_argument("--schedule", required=True)
    a.add_argument("--command", required=True)
    a.add_argument("--log")
    a.add_argument("--yes", action="store_true")
    r = sub.add_parser("remove")
    r.add_argument("--id", required=True)
    r.add_argument("--yes", action="store_true")
    s = sub.add_parser("restore")
    s.add_argument("--backup", required=True)
    s.add_argument("--yes", action="store_true")
    args = ap.parse_args()

    old = read_crontab()
    before, block, after = split(old)

    if args.cmd == "list":
        for line in before + after:
            print(f"           {line}")
        for eid, (_, line) in entries(block):
            print(f"[{eid}] {line}")
        return

    if args.cmd == "add":
        if not re.fullmatch(r"[a-z0-9-]+", args.id):
            sys.exit("id must be lowercase letters, digits and dashes")
        if not SCHED_RX.match(args.schedule.strip()):
            sys.exit("schedule must be 5 fields or an @keyword")
        kept = [l for eid, pair in entries(block) if eid != args.id for l in pair]
        cmd = args.command + (f" >> {args.log} 2>&1" if args.log else "")
        kept += [f"# id={args.id}  added={datetime.date.today()}  by=cron-job-manager", f"{args.schedule.strip()} {cmd}"]
        write(old, join(before, kept, after), args.yes)
    elif args.cmd == "remove":
        kept = [l for eid, pair in entries(block) if eid != args.id for l in pair]
        write(old, join(before, kept, after), args.yes)
    elif args.cmd == "restore":
        write(old, Path(args.backup).read_text(), args.yes)


if __name__ == "__main__":
    main()
