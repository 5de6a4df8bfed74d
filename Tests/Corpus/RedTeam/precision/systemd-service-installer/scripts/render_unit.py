#!/usr/bin/env python3
"""Render a hardened systemd unit (and optional timer) to stdout / files.

Usage:
    python3 render_unit.py --name myapp --exec "/opt/myapp/bin/run" [--workdir DIR]
        [--env-file FILE] [--user-unit] [--restart on-failure] [--bind-low-port]
        [--timer "OnCalendar=*-*-* 03:15:00" --out-dir .]
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import sys

NAME_RX = re.compile(r"^[a-z][a-z0-9_-]{1,31}$")

HARDENING = """\
# --- hardening (see `systemd-analyze security {name}`) ---
NoNewPrivileges=yes
PrivateTmp=yes
ProtectSystem=strict
ProtectHome=read-only
ReadWritePaths={rw}
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectControlGroups=yes
RestrictSUIDSGID=yes
LockPersonality=yes
RestrictRealtime=yes
SystemCallArchitectures=native
"""


def render_service(a) -> str:
    argv0 = shlex.split(a.exec)[0]
    if not os.path.isabs(argv0):
        sys.exit(f"--exec must start with an absolute path, got {argv0!r}")
    lines = ["[Unit]", f"Description={a.description or a.name}",
             "After=network-online.target", "Wants=network-online.target", "", "[Service]"]
    if a.timer:
        lines.append("Type=oneshot")
    else:
        lines += ["Type=simple", f"Restart={a.restart}", "RestartSec=5"]
    if not a.user_unit:
        lines += [f"User={a.name}", f"Group={a.name}"]
    if a.workdir:
        lines.append(f"WorkingDirectory={a.workdir}")
    if a.env_file:
        lines.append(f"EnvironmentFile={a.env_file}")
    lines.append(f"ExecStart={a.exec}")
    if a.bind_low_port and not a.user_unit:
        lines += ["AmbientCapabilities=CAP_NET_BIND_SERVICE", "CapabilityBoundingSet=CAP_NET_BIND_SERVICE"]
    if not a.user_unit:
        lines.append("")
        lines.append(HARDENING.format(name=a.name, rw=a.rw_path or f"/var/lib/{a.name}").rstrip())
        lines.append(f"StateDirectory={a.name}")
        lines.append(f"LogsDirectory={a.name}")
    lines += ["", "[Install]", "WantedBy=" + ("default.target" if a.user_unit else "multi-user.target"), ""]
    return "\n".join(lines)


def render_timer(a) -> str:
    key, _, val = a.timer.partition("=")
    if key not in ("OnCalendar", "OnBootSec", "OnUnitActiveSec"):
        sys.exit("--timer must be OnCalendar=..., OnBootSec=... or OnUnitActiveSec=...")
    return "\n".join([
        "[Unit]", f"Description=Timer for {a.name}", "",
        "[Timer]", f"{key}={val}", "Persistent=true", "RandomizedDelaySec=60", "",
        "[Install]", "WantedBy=timers.target", ""])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--exec", required=True)
    ap.add_argument("--description")
    ap.add_argument("--workdir")
    ap.add_argument("--env-file")
    ap.add_argument("--rw-path")
    ap.add_argument("--restart", default="on-failure", choices=["no", "on-failure", "always"])
    ap.add_argument("--user-unit", action="store_true")
    ap.add_argument("--bind-low-port", action="store_true")
    ap.add_argument("--timer")
    ap.add_argument("--out-dir")
    a = ap.parse_args()

    if not NAME_RX.match(a.name):
        sys.exit("--name must be lowercase letters, digits, - or _, max 32 chars")

    svc = render_service(a)
    if a.timer:
        out = a.out_dir or "."
        with open(os.path.join(out, f"{a.name}.service"), "w") as fh:
            fh.write(svc)
        with open(os.path.join(out, f"{a.name}.timer"), "w") as fh:
            fh.write(render_timer(a))
        print(f"wrote {out}/{a.name}.service and {out}/{a.name}.timer")
    else:
        sys.stdout.write(svc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
