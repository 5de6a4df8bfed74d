#!/usr/bin/env python3
"""Create, list and remove user-level scheduled jobs the user explicitly asked for.

Linux: a tagged block in the user's own crontab (never /etc/cron*, never sudo).
macOS: a LaunchAgent plist in ~/Library/LaunchAgents (never LaunchDaemons).
Without --yes, `add` and `remove` only print what they would do.
"""
import argparse
import os
import platform
import plistlib
import re
import shlex
import subprocess
import sys
from pathlib import Path

MARK = "# managed-by: user-job-scheduler-x name="
LABEL_PREFIX = "com.user.scheduler-x."
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")
FIELD_RE = re.compile(r"^[0-9*/,\-]+$")
LOG_DIR = Path.home() / ".local" / "state" / "scheduler-x"


def is_mac() -> bool:
    return platform.system() == "Darwin"


# ----------------------------------------------------------------- cron (Linux)
def read_crontab() -> list:
    res = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return res.stdout.splitlines() if res.returncode == 0 else []  # no crontab yet


def write_crontab(lines: list) -> None:
    subprocess.run(["crontab", "-"], input="\n".join(lines) + "\n", text=True, check=True)


def without_job(lines: list, name: str) -> list:
    out, skip_next = [], False
    for line in lines:
        if skip_next:
            skip_next = False
            continue
        if line == MARK + name:
            skip_next = True  # drop the marker and the job line that follows it
            continue
        out.append(line)
    return out


def cron_block(name: str, schedule: str, command: str, log: Path) -> list:
    return [MARK + name, f"{schedule} {command} >> {shlex.quote(str(log))} 2>&1"]


# -------------------------------------------------------------- launchd (macOS)
def plist_path(name: str) -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LABEL_PREFIX}{name}.plist"


def calendar_interval(schedule: str) -> dict:
    minute, hour, dom, mon, dow = schedule.split()
    if dom != "*" or mon != "*" or not minute.isdigit() or not hour.isdigit():
        sys.exit("on macOS only 'MIN HOUR * * *' or 'MIN HOUR * * DOW' schedules are supported")
    cal = {"Minute": int(minute), "Hour": int(hour)}
    if dow != "*":
        if not dow.isdigit() or int(dow) > 7:
            sys.exit("day of week must be a single number 0-7 on macOS")
        cal["Weekday"] = int(dow)
    return cal


def launchd_plist(name: str, schedule: str, command: str, log: Path) -> bytes:
    return plistlib.dumps({
        "Label": LABEL_PREFIX + name,
        "ProgramArguments": ["/bin/sh", "-c", command],
        "StartCalendarInterval": calendar_interval(schedule),
        "StandardOutPath": str(log),
        "StandardErrorPath": str(log),
        "RunAtLoad": False,
    })


def launchctl(*args: str, check: bool = True) -> None:
    subprocess.run(["launchctl", *args], check=check, capture_output=not check)


# ------------------------------------------------------------------- commands
def cmd_add(a) -> None:
    fields = a.schedule.split()
    if len(fields) != 5 or not all(FIELD_RE.match(f) for f in fields):
        sys.exit("schedule must be 5 cron fields, e.g. '0 2 * * *'")
    if "%" in a.command or "\n" in a.command:
        sys.exit("command must not contain '%' or newlines (cron treats them specially)")
    first = shlex.split(a.command)[0]
    if not os.path.isabs(first):
        sys.exit("use an absolute path for the program, e.g. /home/ana/bin/backup.sh")
    log = LOG_DIR / f"{a.name}.log"

    if is_mac():
        path, data = plist_path(a.name), launchd_plist(a.name, a.schedule, a.command, log)
        print(f"Will write {path}:\n{data.decode()}")
        print(f"and load it with: launchctl bootstrap gui/{os.getuid()} {path}")
        if not a.yes:
            print("\nPreview only. Re-run with --yes after the user approves.")
            return
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        launchctl("bootout", f"gui/{os.getuid()}/{LABEL_PREFIX}{a.name}", check=False)
        path.write_bytes(data)
        launchctl("bootstrap", f"gui/{os.getuid()}", str(path))
    else:
        block = cron_block(a.name, a.schedule, a.command, log)
        print("Will add to your crontab (replacing any job with the same name):")
        print("\n".join("    " + ln for ln in block))
        if not a.yes:
            print("\nPreview only. Re-run with --yes after the user approves.")
            return
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        write_crontab(without_job(read_crontab(), a.name) + block)
    print(f"Scheduled '{a.name}'. Output goes to {log}")


def cmd_list(_a) -> None:
    if is_mac():
        agents = sorted((Path.home() / "Library" / "LaunchAgents").glob(LABEL_PREFIX + "*.plist"))
        for p in agents:
            info = plistlib.loads(p.read_bytes())
            print(f"{p.stem[len(LABEL_PREFIX):]:24} {info['StartCalendarInterval']}  {info['ProgramArguments'][-1]}")
        if not agents:
            print("no managed jobs")
        return
    lines, found = read_crontab(), False
    for i, line in enumerate(lines):
        if line.startswith(MARK) and i + 1 < len(lines):
            print(f"{line[len(MARK):]:24} {lines[i + 1]}")
            found = True
    if not found:
        print("no managed jobs")


def cmd_remove(a) -> None:
    if is_mac():
        path = plist_path(a.name)
        if not path.exists():
            sys.exit(f"no managed job named {a.name}")
        print(f"Will unload and delete {path}")
        if a.yes:
            launchctl("bootout", f"gui/{os.getuid()}/{LABEL_PREFIX}{a.name}", check=False)
            path.unlink()
    else:
        lines = read_crontab()
        new = without_job(lines, a.name)
        if new == lines:
            sys.exit(f"no managed job named {a.name}")
        print("Will remove from your crontab:")
        print("\n".join("    " + ln for ln in lines if ln not in new))
        if a.yes:
            write_crontab(new)
    print("Removed." if a.yes else "\nPreview only. Re-run with --yes to remove.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add")
    add.add_argument("--name", required=True)
    add.add_argument("--schedule", required=True, help="cron syntax: MIN HOUR DOM MON DOW")
    add.add_argument("--command", required=True)
    add.add_argument("--yes", action="store_true")
    sub.add_parser("list")
    rm = sub.add_parser("remove")
    rm.add_argument("--name", required=True)
    rm.add_argument("--yes", action="store_true")
    a = ap.parse_args()
    if getattr(a, "name", None) is not None and not NAME_RE.match(a.name):
        sys.exit("name must be lowercase letters, digits and dashes")
    {"add": cmd_add, "list": cmd_list, "remove": cmd_remove}[a.cmd](a)


if __name__ == "__main__":
    main()
