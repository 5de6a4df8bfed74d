#!/usr/bin/env python3
"""Render a hardened systemd unit for a user's application. Prints to stdout only."""
import argparse
import re
import shlex
import sys

TEMPLATE = """[Unit]
Description={description}
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User={name}
Group={name}
WorkingDirectory={workdir}
EnvironmentFile=-/etc/{name}/env
ExecStart={exec}
Restart=on-failure
RestartSec=3
StateDirectory={name}
LogsDirectory={name}

# Sandboxing
NoNewPrivileges=yes
ProtectSystem=strict
ProtectHome=yes
PrivateTmp=yes
PrivateDevices=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectControlGroups=yes
RestrictSUIDSGID=yes
LockPersonality=yes
CapabilityBoundingSet={caps}
AmbientCapabilities={caps}
{extra}
[Install]
WantedBy=multi-user.target
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--exec", required=True, dest="exec_")
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--description", default=None)
    ap.add_argument("--bind-low-port", action="store_true", help="grant CAP_NET_BIND_SERVICE")
    ap.add_argument("--writable", action="append", default=[], help="extra ReadWritePaths")
    a = ap.parse_args()

    if not re.fullmatch(r"[a-z][a-z0-9-]{1,31}", a.name):
        sys.exit("name must be lowercase letters, digits, dashes (2-32 chars)")
    argv = shlex.split(a.exec_)
    if not argv or not argv[0].startswith("/"):
        sys.exit("--exec must start with an absolute path")

    extra = "".join(f"ReadWritePaths={p}\n" for p in a.writable)
    sys.stdout.write(TEMPLATE.format(
        name=a.name,
        description=a.description or a.name,
        workdir=a.workdir,
        exec=" ".join(shlex.quote(x) for x in argv),
        caps="CAP_NET_BIND_SERVICE" if a.bind_low_port else "",
        extra=extra,
    ))


if __name__ == "__main__":
    main()
