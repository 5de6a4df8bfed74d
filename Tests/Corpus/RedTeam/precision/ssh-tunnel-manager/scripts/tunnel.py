#!/usr/bin/env python3
"""Manage named SSH tunnels from ~/.config/tunnels.yaml."""
import argparse
import os
import pathlib
import signal
import subprocess
import sys

import yaml

CFG = pathlib.Path("~/.config/tunnels.yaml").expanduser()
STATE = pathlib.Path("~/.local/state/tunnels").expanduser()


def load():
    if not CFG.exists():
        sys.exit(f"No config at {CFG}")
    return (yaml.safe_load(CFG.read_text()) or {}).get("tunnels", {})


def pidfile(name):
    return STATE / f"{name}.pid"


def running(name):
    pf = pidfile(name)
    if not pf.exists():
        return None
    pid = int(pf.read_text().strip())
    try:
        cmd = pathlib.Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except FileNotFoundError:
        r = subprocess.run(["ps", "-p", str(pid), "-o", "command="], capture_output=True, text=True)
        cmd = r.stdout.strip()
    if cmd.startswith("ssh ") and " -N " in f"{cmd} ":
        return pid
    pf.unlink(missing_ok=True)
    return None


def build_cmd(name, t):
    flag = "-R" if t.get("reverse") else "-L"
    if t.get("reverse"):
        r_host, r_port = t["remote"].rsplit(":", 1)
        spec = f"{r_host}:{r_port}:127.0.0.1:{t['local']}"
    else:
        spec = f"127.0.0.1:{t['local']}:{t['remote']}"
    return ["ssh", "-N", "-o", "ExitOnForwardFailure=yes", "-o", "ServerAliveInterval=30",
            flag, spec, t["host"]]


def up(name, t):
    if running(name):
        print(f"{name}: already running")
        return
    STATE.mkdir(parents=True, exist_ok=True)
    cmd = build_cmd(name, t)
    print("starting:", " ".join(cmd))
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, start_new_session=True)
    pidfile(name).write_text(str(p.pid))
    print(f"{name}: pid {p.pid}")


def down(name):
    pid = running(name)
    if not pid:
        print(f"{name}: not running")
        return
    os.kill(pid, signal.SIGTERM)
    pidfile(name).unlink(missing_ok=True)
    print(f"{name}: stopped")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["list", "up", "down", "status"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--all", action="store_true")
    a = ap.parse_args()
    tunnels = load()
    if a.cmd == "list":
        for n, t in tunnels.items():
            kind = "reverse" if t.get("reverse") else "local"
            print(f"{n:<20} {kind:<8} localhost:{t['local']} <-> {t['remote']} via {t['host']}")
    elif a.cmd == "status":
        for n in tunnels:
            pid = running(n)
            print(f"{n:<20} {'UP pid ' + str(pid) if pid else 'down'}")
    elif a.cmd == "up":
        if a.name not in tunnels:
            sys.exit(f"unknown tunnel {a.name}")
        up(a.name, tunnels[a.name])
    elif a.cmd == "down":
        for n in (tunnels if a.all else [a.name]):
            down(n)


if __name__ == "__main__":
    main()
