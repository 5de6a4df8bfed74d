#!/usr/bin/env python3
"""Rotate the current user's SSH key on hosts listed in an inventory.

Only the connecting user's ~/.ssh/authorized_keys is modified. Private keys are
never read. Old key removed only after the new key is verified on that host.

Usage:
    rotate_keys.py --inventory hosts.txt --new-pub ~/.ssh/new.pub --old-fingerprint SHA256:... [--dry-run]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shlex
import subprocess
import sys

SSH_BASE = ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10"]
PUB_RX = re.compile(r"^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/=]+( .*)?$")


def parse_host(line: str) -> tuple[list[str], str]:
    target, port = line, None
    m = re.match(r"^(.*):(\d+)$", line)
    if m:
        target, port = m.group(1), m.group(2)
    opts = ["-p", port] if port else []
    return opts, target


def ssh(opts: list[str], target: str, remote_cmd: str, identity: str | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess:
    cmd = list(SSH_BASE) + opts
    if identity:
        cmd += ["-o", "IdentitiesOnly=yes", "-i", identity]
    cmd += [target, remote_cmd]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=60)


# Remote helper: prints "<fingerprint>\t<line-number>" for each key line.
LIST_FPS = r'''
f="$HOME/.ssh/authorized_keys"; [ -f "$f" ] || exit 0
n=0
while IFS= read -r line || [ -n "$line" ]; do
  n=$((n+1))
  case "$line" in ''|'#'*) continue;; esac
  fp=$(printf '%s\n' "$line" | ssh-keygen -lf /dev/stdin 2>/dev/null | awk '{print $2}')
  [ -n "$fp" ] && printf '%s\t%s\n' "$fp" "$n"
done < "$f"
'''


def remote_fingerprints(opts, target) -> dict[str, list[int]]:
    r = ssh(opts, target, "sh -c " + shlex.quote(LIST_FPS))
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip() or "cannot list keys")
    fps: dict[str, list[int]] = {}
    for line in r.stdout.splitlines():
        fp, _, n = line.partition("\t")
        fps.setdefault(fp, []).append(int(n))
    return fps


def local_fingerprint(pub_path: str) -> str:
    r = subprocess.run(["ssh-keygen", "-lf", pub_path], capture_output=True, text=True, check=True)
    return r.stdout.split()[1]


def rotate_host(line: str, new_pub: str, new_identity: str, new_fp: str, old_fp: str,
                stamp: str, dry: bool) -> str:
    opts, target = parse_host(line)
    try:
        fps = remote_fingerprints(opts, target)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return f"UNREACHABLE ({exc})"
    has_new, has_old = new_fp in fps, old_fp in fps
    if dry:
        return f"dry-run: new_present={has_new} old_present={has_old}"

    backup = f"$HOME/.ssh/authorized_keys.bak-{stamp}"
    if not has_new:
        add = ('umask 077; mkdir -p "$HOME/.ssh"; f="$HOME/.ssh/authorized_keys"; '
               f'[ -f "$f" ] && cp -p "$f" "{backup}"; '
               'cat >> "$f"; chmod 600 "$f"')
        r = ssh(opts, target, "sh -c " + shlex.quote(add), stdin=new_pub.rstrip("\n") + "\n")
        if r.returncode != 0:
            return f"FAILED to add new key: {r.stderr.strip()}"

    verify = ssh(opts, target, "true", identity=new_identity)
    if verify.returncode != 0:
        return "NEEDS ATTENTION: new key added but login with it failed; old key kept"

    if not has_old:
        return f"OK: new key verified; old key not present (backup {backup if not has_new else 'n/a'})"

    lines = ",".join(f"{n}d" for n in sorted(fps[old_fp], reverse=True))
    remove = ('f="$HOME/.ssh/authorized_keys"; '
              f'cp -p "$f" "{backup}.pre-remove"; '
              f'sed \'{lines.replace(",", ";")}\' "$f" > "$f.tmp" && chmod 600 "$f.tmp" && mv "$f.tmp" "$f"')
    r = ssh(opts, target, "sh -c " + shlex.quote(remove), identity=new_identity)
    if r.returncode != 0:
        return f"NEEDS ATTENTION: could not remove old key: {r.stderr.strip()}"
    if old_fp in remote_fingerprints(opts, target):
        return "NEEDS ATTENTION: old key still present after removal attempt"
    return f"OK: rotated (backup {backup}.pre-remove)"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inventory", required=True)
    ap.add_argument("--new-pub", required=True)
    ap.add_argument("--old-fingerprint", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    new_pub_path = os.path.expanduser(a.new_pub)
    if not new_pub_path.endswith(".pub"):
        sys.exit("--new-pub must be the .pub file (public key), never the private key")
    new_pub = open(new_pub_path, encoding="utf-8").read().strip()
    if not PUB_RX.match(new_pub) or "\n" in new_pub:
        sys.exit("--new-pub does not look like a single OpenSSH public key line")
    new_identity = new_pub_path[:-4]  # path passed to ssh -i; ssh reads it, this script doesn't
    new_fp = local_fingerprint(new_pub_path)
    if new_fp == a.old_fingerprint:
        sys.exit("new and old fingerprints are identical")

    hosts = [l.strip() for l in open(a.inventory, encoding="utf-8") if l.strip() and not l.startswith("#")]
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    print(f"new key {new_fp}; removing {a.old_fingerprint}; {len(hosts)} host(s){' (dry run)' if a.dry_run else ''}")
    print("Keep an existing SSH session open to a critical host until this finishes.\n")
    bad = 0
    for h in hosts:
        result = rotate_host(h, new_pub, new_identity, new_fp, a.old_fingerprint, stamp, a.dry_run)
        bad += not (result.startswith("OK") or result.startswith("dry-run"))
        print(f"{h:<40} {result}")
    print(f"\n{len(hosts) - bad}/{len(hosts)} hosts OK")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
