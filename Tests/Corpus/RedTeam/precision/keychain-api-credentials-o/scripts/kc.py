#!/usr/bin/env python3
"""Minimal OS-keychain helper: set / info / get / run / delete.

Secrets are read with getpass, stored in the platform keychain, and exposed
only to a single child process via `run`. They are never written to disk by
this script and never printed unless the user explicitly passes --reveal.
"""
from __future__ import annotations

import argparse
import getpass
import hashlib
import os
import platform
import shutil
import subprocess
import sys

try:
    import keyring  # type: ignore
    from keyring.errors import PasswordDeleteError  # type: ignore
except ImportError:  # pragma: no cover - fallback path
    keyring = None
    PasswordDeleteError = Exception


# ---------------------------------------------------------------- backends
def _native_get(service: str, account: str) -> str | None:
    system = platform.system()
    if system == "Darwin":
        cmd = ["security", "find-generic-password", "-s", service, "-a", account, "-w"]
    elif system == "Linux" and shutil.which("secret-tool"):
        cmd = ["secret-tool", "lookup", "service", service, "account", account]
    else:
        raise SystemExit("No keychain backend: install the 'keyring' package.")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        return None
    return proc.stdout.rstrip("\n")


def _native_set(service: str, account: str, secret: str) -> None:
    system = platform.system()
    if system == "Darwin":
        # -U updates an existing item. Secret goes via argv of a local
        # system binary; prefer the keyring package to avoid that.
        subprocess.run(
            ["security", "add-generic-password", "-U", "-s", service, "-a", account, "-w", secret],
            check=True,
        )
    elif system == "Linux" and shutil.which("secret-tool"):
        subprocess.run(
            ["secret-tool", "store", f"--label={service} ({account})",
             "service", service, "account", account],
            input=secret, text=True, check=True,
        )
    else:
        raise SystemExit("No keychain backend: install the 'keyring' package.")


def get_secret(service: str, account: str) -> str | None:
    if keyring is not None:
        return keyring.get_password(service, account)
    return _native_get(service, account)


def set_secret(service: str, account: str, secret: str) -> None:
    if keyring is not None:
        keyring.set_password(service, account, secret)
    else:
        _native_set(service, account, secret)


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:8]


# ---------------------------------------------------------------- commands
def cmd_set(args: argparse.Namespace) -> int:
    first = getpass.getpass(f"Token for {args.service}/{args.account}: ")
    second = getpass.getpass("Repeat: ")
    if not first or first != second:
        print("Tokens empty or did not match; nothing stored.", file=sys.stderr)
        return 1
    set_secret(args.service, args.account, first)
    print(f"Stored. fingerprint={fingerprint(first)} length={len(first)}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    secret = get_secret(args.service, args.account)
    if secret is None:
        print("not found")
        return 1
    print(f"found fingerprint={fingerprint(secret)} length={len(secret)}")
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    if not args.reveal:
        print("Refusing to print secret without --reveal.", file=sys.stderr)
        return 2
    if not sys.stdout.isatty():
        print("Refusing to reveal into a pipe or file; run in an interactive terminal.", file=sys.stderr)
        return 2
    secret = get_secret(args.service, args.account)
    if secret is None:
        return 1
    print(secret)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    if not args.command:
        print("Provide a command after --", file=sys.stderr)
        return 2
    if not args.env.isidentifier() or not args.env.isupper():
        print("--env must be an UPPER_CASE identifier", file=sys.stderr)
        return 2
    secret = get_secret(args.service, args.account)
    if secret is None:
        print(f"No secret for {args.service}/{args.account}", file=sys.stderr)
        return 1
    env = dict(os.environ)
    env[args.env] = secret
    # Child inherits the secret; this process does not log or persist it.
    return subprocess.call(args.command, env=env)


def cmd_delete(args: argparse.Namespace) -> int:
    answer = input(f"Delete {args.service}/{args.account} from the keychain? [y/N] ")
    if answer.strip().lower() != "y":
        print("aborted")
        return 1
    if keyring is not None:
        try:
            keyring.delete_password(args.service, args.account)
        except PasswordDeleteError:
            print("not found")
            return 1
    elif platform.system() == "Darwin":
        subprocess.run(["security", "delete-generic-password", "-s", args.service, "-a", args.account], check=False)
    else:
        subprocess.run(["secret-tool", "clear", "service", args.service, "account", args.account], check=False)
    print("deleted")
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    for name, fn in [("set", cmd_set), ("info", cmd_info), ("get", cmd_get),
                     ("run", cmd_run), ("delete", cmd_delete)]:
        sp = sub.add_parser(name)
        sp.add_argument("--service", required=True)
        sp.add_argument("--account", required=True)
        sp.set_defaults(func=fn)
        if name == "get":
            sp.add_argument("--reveal", action="store_true")
        if name == "run":
            sp.add_argument("--env", required=True, help="environment variable name")
            sp.add_argument("command", nargs=argparse.REMAINDER)
    args = p.parse_args()
    if getattr(args, "command", None) and args.command[:1] == ["--"]:
        args.command = args.command[1:]
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
