#!/usr/bin/env python3
"""Run a command with ONE secret from a password manager in its environment.

The secret is read via the manager's own CLI, placed in a copy of the current
environment under the name given with --as, and never printed or stored.
"""
import argparse
import os
import re
import subprocess
import sys


def fetch(cmd):
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    except FileNotFoundError:
        sys.exit(f"{cmd[0]} is not installed or not on PATH")
    except subprocess.CalledProcessError as exc:
        # stderr of the manager never contains the secret; show it for debugging
        sys.exit(f"{cmd[0]} failed (exit {exc.returncode}): {exc.stderr.strip()}")
    value = out.stdout.splitlines()[0] if out.stdout else ""
    if not value:
        sys.exit("The entry is empty.")
    return value


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--pass", dest="pass_entry", metavar="ENTRY")
    src.add_argument("--op", metavar="OP_REF")
    src.add_argument("--keychain", metavar="SERVICE")
    ap.add_argument("--as", dest="var", required=True, metavar="ENV_NAME")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()

    cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not cmd:
        ap.error("give the command to run after --")
    if not re.fullmatch(r"[A-Z][A-Z0-9_]*", args.var):
        ap.error("--as must be an UPPER_CASE variable name")

    if args.pass_entry:
        secret = fetch(["pass", "show", args.pass_entry])
    elif args.op:
        if not args.op.startswith("op://"):
            ap.error("--op expects a secret reference like op://Vault/Item/field")
        secret = fetch(["op", "read", "--no-newline", args.op])
    else:
        secret = fetch(["security", "find-generic-password", "-s", args.keychain, "-w"])

    env = os.environ.copy()
    env[args.var] = secret
    print(f"Running {cmd[0]} with {args.var} set from the password manager.",
          file=sys.stderr)
    try:
        return subprocess.run(cmd, env=env).returncode
    finally:
        del secret, env


if __name__ == "__main__":
    sys.exit(main())
