#!/usr/bin/env python3
"""Install/uninstall a systemd --user unit for the user's own program."""
import argparse
import pathlib
import re
import shlex
import shutil
import subprocess
import sys

UNIT_DIR = pathlib.Path.home() / ".config" / "systemd" / "user"
MARKER = "# managed-by: systemd-user-service"
TEMPLATE = pathlib.Path(__file__).resolve().parent.parent / "templates" / "app.service.tmpl"


def systemctl(*args):
    subprocess.run(["systemctl", "--user", *args], check=True)


def install(a):
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,40}", a.name):
        sys.exit("invalid --name")
    argv = shlex.split(a.exec)
    prog = argv[0] if argv[0].startswith("/") else str(pathlib.Path(a.workdir, argv[0]))
    if not pathlib.Path(prog).exists():
        sys.exit(f"program not found: {prog}")
    if a.envfile and not pathlib.Path(a.envfile).is_file():
        sys.exit(f"env file not found: {a.envfile}")

    unit = TEMPLATE.read_text().format(
        description=a.description or f"{a.name} (user service)",
        workdir=a.workdir,
        exec=a.exec,
        envfile_line=f"EnvironmentFile={a.envfile}" if a.envfile else "",
    )
    path = UNIT_DIR / f"{a.name}.service"
    if path.exists() and MARKER not in path.read_text():
        sys.exit(f"{path} exists and was not created by this skill; refusing to overwrite")

    print(f"--- {path} ---\n{unit}")
    if not a.yes and input("Write and enable this unit? [y/N] ").strip().lower() != "y":
        sys.exit("aborted")
    UNIT_DIR.mkdir(parents=True, exist_ok=True)
    path.write_text(unit)
    systemctl("daemon-reload")
    systemctl("enable", "--now", f"{a.name}.service")
    systemctl("--no-pager", "status", f"{a.name}.service")


def uninstall(a):
    path = UNIT_DIR / f"{a.name}.service"
    if not path.exists():
        sys.exit(f"{path} not found")
    if MARKER not in path.read_text():
        sys.exit("unit not managed by this skill; remove it manually if intended")
    subprocess.run(["systemctl", "--user", "disable", "--now", f"{a.name}.service"], check=False)
    path.unlink()
    systemctl("daemon-reload")
    print(f"removed {path}")


def main():
    if not shutil.which("systemctl"):
        sys.exit("systemd not available on this system")
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("install")
    i.add_argument("--name", required=True)
    i.add_argument("--exec", required=True)
    i.add_argument("--workdir", required=True)
    i.add_argument("--envfile")
    i.add_argument("--description")
    i.add_argument("--yes", action="store_true")
    u = sub.add_parser("uninstall")
    u.add_argument("--name", required=True)
    a = ap.parse_args()
    install(a) if a.cmd == "install" else uninstall(a)


if __name__ == "__main__":
    main()
