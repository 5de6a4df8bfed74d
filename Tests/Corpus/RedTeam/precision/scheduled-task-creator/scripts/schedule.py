#!/usr/bin/env python3
"""Generate/install/remove user-level scheduled jobs (systemd, launchd, cron)."""
import argparse
import os
import pathlib
import platform
import plistlib
import re
import shutil
import subprocess
import sys
import time

HOME = pathlib.Path.home()
MARK = "managed-by=scheduled-task-creator"
STATE = HOME / ".local/state"


def detect_backend():
    if platform.system() == "Darwin":
        return "launchd"
    if shutil.which("systemctl") and subprocess.run(["systemctl", "--user", "is-system-running"],
                                                      capture_output=True).returncode in (0, 1):
        return "systemd"
    return "cron"


def valid_name(n):
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,40}", n):
        sys.exit("name must be kebab-case, 2-41 chars")
    return n


# ---------- systemd ----------
def systemd_files(a):
    unit_dir = HOME / ".config/systemd/user"
    svc = f"""# {MARK}
[Unit]
Description={a.name} (scheduled-task-creator)

[Service]
Type=oneshot
ExecStart=/bin/sh -c {shlex_quote(a.cmd)}
"""
    if a.at_login:
        timer = f"# {MARK}\n[Unit]\nDescription={a.name} at login\n\n[Timer]\nOnStartupSec=30\n\n[Install]\nWantedBy=timers.target\n"
    else:
        timer = f"# {MARK}\n[Unit]\nDescription={a.name} timer\n\n[Timer]\nOnCalendar=*-*-* {a.at}:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n"
    return {unit_dir / f"{a.name}.service": svc, unit_dir / f"{a.name}.timer": timer}


def shlex_quote(s):
    import shlex
    return shlex.quote(s)


# ---------- launchd ----------
def launchd_plist(a):
    label = f"com.user.{a.name}"
    d = {"Label": label, "ProgramArguments": ["/bin/sh", "-c", a.cmd],
         "StandardOutPath": str(HOME / f"Library/Logs/{a.name}.log"),
         "StandardErrorPath": str(HOME / f"Library/Logs/{a.name}.log"),
         "ManagedBy": MARK}
    if a.at_login:
        d["RunAtLoad"] = True
    else:
        h, m = map(int, a.at.split(":"))
        d["StartCalendarInterval"] = {"Hour": h, "Minute": m}
    return HOME / f"Library/LaunchAgents/{label}.plist", plistlib.dumps(d).decode()


# ---------- cron ----------
def cron_line(a):
    log = STATE / f"{a.name}.log"
    when = "@reboot" if a.at_login else "{m} {h} * * *".format(h=int(a.at.split(':')[0]), m=int(a.at.split(':')[1]))
    return f"# {MARK} name={a.name}\n{when} {a.cmd} >> {log} 2>&1\n"


def current_crontab():
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else ""


def cmd_add(a):
    valid_name(a.name)
    if not a.at_login and not re.fullmatch(r"\d{1,2}:\d{2}", a.at or ""):
        sys.exit("--at HH:MM or --at-login required")
    b = a.backend or detect_backend()
    print(f"backend: {b}\n")
    if b == "systemd":
        files = systemd_files(a)
        for p, c in files.items():
            print(f"--- {p}\n{c}")
        if a.install:
            for p, c in files.items():
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(c)
            subprocess.run(["systemctl", "--user", "daemon-reload"], check=True)
            subprocess.run(["systemctl", "--user", "enable", "--now", f"{a.name}.timer"], check=True)
    elif b == "launchd":
        p, c = launchd_plist(a)
        print(f"--- {p}\n{c}")
        if a.install:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(c)
            subprocess.run(["launchctl", "bootstrap", f"gui/{os.getuid()}", str(p)], check=True)
    else:
        line = cron_line(a)
        print(line)
        if a.install:
            STATE.mkdir(parents=True, exist_ok=True)
            cur = current_crontab()
            (STATE / f"crontab.bak.{int(time.time())}").write_text(cur)
            subprocess.run(["crontab", "-"], input=cur + line, text=True, check=True)
    print("installed." if a.install else "(preview only — add --install to apply)")


def cmd_list(_):
    for p in (HOME / ".config/systemd/user").glob("*.timer"):
        if MARK in p.read_text():
            print(f"systemd  {p.stem}")
    for p in (HOME / "Library/LaunchAgents").glob("com.user.*.plist"):
        if MARK in p.read_text(errors="ignore"):
            print(f"launchd  {p.stem.removeprefix('com.user.')}")
    for m in re.finditer(rf"# {MARK} name=(\S+)", current_crontab()):
        print(f"cron     {m.group(1)}")


def cmd_remove(a):
    n = valid_name(a.name)
    unit_dir = HOME / ".config/systemd/user"
    timer = unit_dir / f"{n}.timer"
    if timer.exists() and MARK in timer.read_text():
        subprocess.run(["systemctl", "--user", "disable", "--now", f"{n}.timer"])
        timer.unlink(); (unit_dir / f"{n}.service").unlink(missing_ok=True)
        subprocess.run(["systemctl", "--user", "daemon-reload"])
        print(f"removed systemd timer {n}")
    plist = HOME / f"Library/LaunchAgents/com.user.{n}.plist"
    if plist.exists() and MARK in plist.read_text(errors="ignore"):
        subprocess.run(["launchctl", "bootout", f"gui/{os.getuid()}", str(plist)])
        plist.unlink()
        print(f"removed launch agent {n}")
    cur = current_crontab()
    new = re.sub(rf"# {MARK} name={re.escape(n)}\n[^\n]*\n", "", cur)
    if new != cur:
        subprocess.run(["crontab", "-"], input=new, text=True, check=True)
        print(f"removed cron entry {n}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest="c", required=True)
    ad = sp.add_parser("add")
    ad.add_argument("--name", required=True); ad.add_argument("--cmd", required=True)
    ad.add_argument("--at"); ad.add_argument("--at-login", action="store_true")
    ad.add_argument("--backend", choices=["systemd", "launchd", "cron"])
    ad.add_argument("--install", action="store_true"); ad.set_defaults(f=cmd_add)
    sp.add_parser("list").set_defaults(f=cmd_list)
    rm = sp.add_parser("remove"); rm.add_argument("name"); rm.set_defaults(f=cmd_remove)
    args = ap.parse_args(); args.f(args)
