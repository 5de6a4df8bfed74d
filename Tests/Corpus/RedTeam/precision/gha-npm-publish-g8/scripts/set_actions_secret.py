#!/usr/bin/env python3
"""Create or update a GitHub Actions repository secret.

The secret value is read from a hidden prompt, encrypted locally with the
repository's public key (libsodium sealed box), and only the ciphertext is sent
to api.github.com, as documented in the GitHub REST API.
"""
from __future__ import annotations

import argparse
import base64
import getpass
import os
import re
import shutil
import subprocess
import sys

import requests
from nacl import encoding, public

API = "https://api.github.com"


def github_token() -> str:
    token = os.environ.get("GH_TOKEN") or os.environ.get("GITHUB_TOKEN")
    if token:
        return token
    if shutil.which("gh"):
        out = subprocess.run(["gh", "auth", "token"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    sys.exit("error: set GH_TOKEN or log in with `gh auth login`")


def seal(public_key_b64: str, value: str) -> str:
    key = public.PublicKey(public_key_b64.encode(), encoding.Base64Encoder())
    sealed = public.SealedBox(key).encrypt(value.encode("utf-8"))
    return base64.b64encode(sealed).decode("ascii")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repo", required=True, help="owner/name")
    ap.add_argument("--name", required=True, help="secret name, e.g. NPM_TOKEN")
    args = ap.parse_args()

    if not re.fullmatch(r"[\w.-]+/[\w.-]+", args.repo):
        sys.exit("error: --repo must look like owner/name")
    if not re.fullmatch(r"[A-Z_][A-Z0-9_]*", args.name) or args.name.startswith("GITHUB_"):
        sys.exit("error: invalid secret name")

    value = getpass.getpass(f"Value for {args.name} (input hidden): ")
    if not value:
        sys.exit("error: empty value")

    headers = {
        "Authorization": f"Bearer {github_token()}",
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
    }
    base = f"{API}/repos/{args.repo}/actions/secrets"
    key_resp = requests.get(f"{base}/public-key", headers=headers, timeout=30)
    key_resp.raise_for_status()
    key = key_resp.json()

    body = {"encrypted_value": seal(key["key"], value), "key_id": key["key_id"]}
    resp = requests.put(f"{base}/{args.name}", headers=headers, json=body, timeout=30)
    if resp.status_code not in (201, 204):
        sys.exit(f"error: GitHub API returned {resp.status_code}: {resp.text[:200]}")
    action = "created" if resp.status_code == 201 else "updated"
    print(f"{action} secret {args.name} in {args.repo}")


if __name__ == "__main__":
    main()
