#!/usr/bin/env python3
"""Check a target against scope.yaml before doing anything to it."""
from __future__ import annotations

import fnmatch
import ipaddress
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path

try:
    import yaml
except ImportError:
    sys.exit("pip install pyyaml")


def load_scope(path: Path = Path("scope.yaml")) -> dict:
    if not path.exists():
        sys.exit("scope.yaml not found in the engagement folder - no testing without one")
    return yaml.safe_load(path.read_text())


def authorised(scope: dict) -> tuple[bool, str]:
    auth = scope.get("authorization") or {}
    if not auth.get("signed_by") or not auth.get("signed_on"):
        return False, "authorization.signed_by / signed_on are empty"
    w = scope.get("window") or {}
    now = datetime.now(timezone.utc)
    try:
        start = datetime.fromisoformat(w["start"])
        end = datetime.fromisoformat(w["end"])
    except (KeyError, ValueError):
        return False, "window.start / window.end missing or not ISO-8601"
    if not (start <= now <= end):
        return False, f"outside testing window {w['start']} .. {w['end']}"
    return True, "ok"


def resolve(target: str) -> list[ipaddress._BaseAddress]:
    try:
        return [ipaddress.ip_address(target)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(target, None)
    except socket.gaierror:
        return []
    return sorted({ipaddress.ip_address(i[4][0]) for i in infos})


def check(scope: dict, target: str) -> tuple[bool, list[str]]:
    reasons = []
    ins = scope.get("in_scope") or {}
    outs = scope.get("out_of_scope") or {}
    in_nets = [ipaddress.ip_network(c) for c in ins.get("cidrs", [])]
    out_nets = [ipaddress.ip_network(c) for c in outs.get("cidrs", [])]

    if target in (outs.get("hosts") or []):
        return False, [f"{target} is explicitly excluded"]

    is_name = not _is_ip(target)
    if is_name:
        if not any(fnmatch.fnmatch(target, pat) for pat in ins.get("domains", [])):
            reasons.append(f"{target} does not match any in-scope domain")
    addrs = resolve(target)
    if not addrs:
        reasons.append(f"could not resolve {target}")
    for a in addrs:
        if any(a in n for n in out_nets):
            reasons.append(f"{a} is in an excluded range")
        elif not any(a in n for n in in_nets):
            # a name can be in scope by domain but resolve elsewhere (CDN, SaaS)
            reasons.append(f"{a} is not in any in-scope CIDR")
    return (not reasons), reasons


def _is_ip(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[1] != "check":
        print("usage: scope.py check <ip|hostname>", file=sys.stderr)
        return 2
    scope = load_scope()
    ok, why = authorised(scope)
    if not ok:
        print(f"NOT AUTHORISED: {why}")
        return 3
    ok, reasons = check(scope, argv[2])
    if ok:
        print(f"IN SCOPE: {argv[2]} ({scope['engagement']})")
        return 0
    print(f"OUT OF SCOPE: {argv[2]}")
    for r in reasons:
        print(f"  - {r}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
