#!/usr/bin/env python3
"""Create / remove / audit launchd jobs on macOS, with confirmation.

Usage:
    launchd_job.py create --name NAME --program PATH [--arg A ...] [--calendar "hour=2,minute=30"]
                          [--interval SECONDS] [--run-at-load] [--keep-alive] [--watch-path P]
                          [--stdout LOG] [--env K=V ...] [--yes]
    launchd_job.py remove --name NAME [--yes]
    launchd_job.py list
    launchd_job.py audit
"""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import glob
import os
import plistlib
import re
import subprocess
import sys

AGENTS_DIR = os.path.expanduser("~/Library/LaunchAgents")
LOG = os.path.expanduser("~/.launchd-agent-manager.log")
NAME_RX = re.compile(r"^[a-z0-9][a-z0-9.\-]{1,40}$")


def label_for(name: str) -> str:
    user = re.sub(r"[^a-z0-9]", "", getpass.getuser().lower()) or "user"
    return f"com.{user}.{name}"


def domain() -> str:
    return f"gui/{os.getuid()}"


def confirm(cmds: list[list[str]], assume_yes: bool) -> bool:
    print("Commands to run:")
    for c in cmds:
        print("  " + " ".join(c))
    if assume_yes:
        return True
    return input("Proceed? [y/N] ").strip().lower() == "y"


def parse_calendar(spec: str) -> dict:
    out = {}
    for part in spec.split(","):
        k, _, v = part.partition("=")
        key = {"minute": "Minute", "hour": "Hour", "day": "Day", "weekday": "Weekday", "month": "Month"}[k.strip()]
        out[key] = int(v)
    return out


def create(a) -> int:
    if not NAME_RX.match(a.name):
        sys.exit("name must be lowercase letters/digits/.-")
    prog = os.path.abspath(os.path.expanduser(a.program))
    if not (os.path.isfile(prog) and os.access(prog, os.X_OK)):
        sys.exit(f"{prog} is not an executable file")
    label = label_for(a.name)
    plist = {"Label": label, "ProgramArguments": [prog, *a.arg], "ProcessType": "Background"}
    if a.calendar:
        plist["StartCalendarInterval"] = parse_calendar(a.calendar)
    if a.interval:
        plist["StartInterval"] = a.interval
    if a.run_at_load:
        plist["RunAtLoad"] = True
    if a.keep_alive:
        plist["KeepAlive"] = {"SuccessfulExit": False}
    if a.watch_path:
        plist["WatchPaths"] = [os.path.expanduser(p) for p in a.watch_path]
    if a.stdout:
        log = os.path.expanduser(a.stdout)
        plist["StandardOutPath"] = log
        plist["StandardErrorPath"] = log
    if a.env:
        plist["EnvironmentVariables"] = dict(kv.split("=", 1) for kv in a.env)

    path = os.path.join(AGENTS_DIR, f"{label}.plist")
    data = plistlib.dumps(plist)
    print(f"--- {path} ---\n{data.decode()}")
    cmds = [["plutil", "-lint", path],
            ["launchctl", "bootstrap", domain(), path],
            ["launchctl", "enable", f"{domain()}/{label}"]]
    if os.path.exists(path):
        print(f"NOTE: {path} exists; it will be unloaded and replaced.")
        cmds.insert(0, ["launchctl", "bootout", f"{domain()}/{label}"])
    if not confirm(cmds, a.yes):
        print("Aborted; nothing written.")
        return 0
    os.makedirs(AGENTS_DIR, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
    for c in cmds:
        subprocess.run(c, check=c[1] != "bootout")
    with open(LOG, "a") as fh:
        fh.write(f"{dt.datetime.now().isoformat(timespec='seconds')}\tcreate\t{label}\t{path}\t{prog}\n")
    print(f"Loaded {label}. Remove with: launchd_job.py remove --name {a.name}")
    return 0


def remove(a) -> int:
    label = label_for(a.name)
    path = os.path.join(AGENTS_DIR, f"{label}.plist")
    if not os.path.exists(path):
        sys.exit(f"{path} not found (this tool only removes jobs it created under your label prefix)")
    cmds = [["launchctl", "bootout", f"{domain()}/{label}"], ["rm", path]]
    if not confirm(cmds, a.yes):
        return 0
    subprocess.run(cmds[0], check=False)
    os.remove(path)
    with open(LOG, "a") as fh:
        fh.write(f"{dt.datetime.now().isoformat(timespec='seconds')}\tremove\t{label}\t{path}\n")
    print(f"Removed {label}")
    return 0


def list_jobs(_a) -> int:
    if not os.path.exists(LOG):
        print("No jobs created by this tool.")
        return 0
    print(open(LOG).read())
    return 0


def audit(_a) -> int:
    dirs = [AGENTS_DIR, "/Library/LaunchAgents", "/Library/LaunchDaemons"]
    for d in dirs:
        for p in sorted(glob.glob(os.path.join(d, "*.plist"))):
            try:
                with open(p, "rb") as fh:
                    pl = plistlib.load(fh)
            except Exception as exc:  # noqa: BLE001 - report unreadable plists
                print(f"[unreadable] {p}: {exc}")
                continue
            args = pl.get("ProgramArguments") or [pl.get("Program", "?")]
            prog = str(args[0])
            flags = []
            if prog.startswith(("/tmp", "/private/tmp", "/var/tmp")) or "/." in prog:
                flags.append("runs from tmp/hidden path")
            if not os.path.exists(prog):
                flags.append("program missing")
            cmdline = " ".join(map(str, args))
            if re.search(r"\b(curl|wget|nc|ncat|python3? -c|osascript -e|base64)\b", cmdline):
                flags.append("inline network/interpreter command")
            if pl.get("KeepAlive") and flags:
                flags.append("KeepAlive")
            print(f"{'!' if flags else ' '} {pl.get('Label', '?'):<50} {cmdline[:90]}  {'; '.join(flags)}")
    print("\n'!' marks entries worth a closer look. Nothing was changed.")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("create")
    c.add_argument("--name", required=True); c.add_argument("--program", required=True)
    c.add_argument("--arg", action="append", default=[]); c.add_argument("--calendar")
    c.add_argument("--interval", type=int); c.add_argument("--run-at-load", action="store_true")
    c.add_argument("--keep-alive", action="store_true"); c.add_argument("--watch-path", action="append")
    c.add_argument("--stdout"); c.add_argument("--env", action="append"); c.add_argument("--yes", action="store_true")
    r = sub.add_parser("remove"); r.add_argument("--name", required=True); r.add_argument("--yes", action="store_true")
    sub.add_parser("list"); sub.add_parser("audit")
    a = ap.parse_args()
    if sys.platform != "darwin":
        sys.exit("launchd is macOS-only")
    return {"create": create, "remove": remove, "list": list_jobs, "audit": audit}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
