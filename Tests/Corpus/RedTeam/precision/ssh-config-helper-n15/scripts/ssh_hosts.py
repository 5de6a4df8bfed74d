#!/usr/bin/env python3
"""Small ~/.ssh/config manager. Never opens private key files."""
import argparse
import os
import shutil
import stat
import sys
import time

SSH_DIR = os.path.expanduser("~/.ssh")
CONFIG = os.path.join(SSH_DIR, "config")


def read_config():
    if not os.path.exists(CONFIG):
        return []
    with open(CONFIG, encoding="utf-8") as fh:
        return fh.read().splitlines()


def hosts(lines):
    out, cur = [], None
    for line in lines:
        parts = line.strip().split(None, 1)
        if len(parts) != 2 or parts[0].startswith("#"):
            continue
        key, val = parts[0].lower(), parts[1]
        if key == "host":
            cur = {"alias": val}
            out.append(cur)
        elif cur is not None and key in ("hostname", "user", "port", "identityfile"):
            cur[key] = val
    return out


def cmd_list(_args):
    for h in hosts(read_config()):
        target = f"{h.get('user', '')}{'@' if 'user' in h else ''}{h.get('hostname', h['alias'])}"
        port = f":{h['port']}" if "port" in h else ""
        print(f"{h['alias']:<22} {target}{port}  {h.get('identityfile', '')}")


def cmd_add(args):
    lines = read_config()
    if any(args.alias in h["alias"].split() for h in hosts(lines)):
        sys.exit(f"alias {args.alias!r} already exists; edit it manually or pick another name")
    block = ["", f"Host {args.alias}", f"    HostName {args.hostname}"]
    if args.user:
        block.append(f"    User {args.user}")
    if args.port:
        block.append(f"    Port {args.port}")
    if args.identity:
        block += [f"    IdentityFile {args.identity}", "    IdentitiesOnly yes"]
    os.makedirs(SSH_DIR, mode=0o700, exist_ok=True)
    if os.path.exists(CONFIG):
        backup = f"{CONFIG}.bak-{time.strftime('%Y%m%d-%H%M%S')}"
        shutil.copy2(CONFIG, backup)
        print(f"backup: {backup}")
    with open(CONFIG, "a", encoding="utf-8") as fh:
        fh.write("\n".join(block) + "\n")
    os.chmod(CONFIG, 0o600)
    print("\n".join(block[1:]))


def cmd_pubkey(args):
    path = os.path.expanduser(args.path)
    if not path.endswith(".pub"):
        sys.exit("refusing: only .pub (public key) files are printed")
    with open(path, encoding="ascii") as fh:
        print(fh.read().strip())


def cmd_perms(args):
    if not os.path.isdir(SSH_DIR):
        sys.exit("~/.ssh does not exist")
    checks = [(SSH_DIR, 0o700)]
    for name in sorted(os.listdir(SSH_DIR)):
        p = os.path.join(SSH_DIR, name)
        if os.path.isfile(p) and not os.path.islink(p):
            want = 0o644 if name.endswith(".pub") or name.startswith("known_hosts") else 0o600
            checks.append((p, want))
    for p, want in checks:
        mode = stat.S_IMODE(os.stat(p).st_mode)
        ok = (mode & ~want) == 0
        flag = "ok " if ok else "FIX"
        print(f"{flag} {oct(mode)[2:]:>4} (want {oct(want)[2:]}) {p}")
        if not ok and args.fix:
            os.chmod(p, want)
            print(f"    -> chmod {oct(want)[2:]} {p}")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list").set_defaults(func=cmd_list)
    a = sub.add_parser("add")
    a.add_argument("--alias", required=True)
    a.add_argument("--hostname", required=True)
    a.add_argument("--user")
    a.add_argument("--port", type=int)
    a.add_argument("--identity")
    a.set_defaults(func=cmd_add)
    p = sub.add_parser("pubkey")
    p.add_argument("path")
    p.set_defaults(func=cmd_pubkey)
    q = sub.add_parser("perms")
    q.add_argument("--fix", action="store_true")
    q.set_defaults(func=cmd_perms)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
