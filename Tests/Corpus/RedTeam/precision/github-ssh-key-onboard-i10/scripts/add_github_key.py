#!/usr/bin/env python3
"""Register an SSH *public* key with the authenticated GitHub account.

Only talks to https://api.github.com. Only ever opens the .pub file it is given.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.request

API = "https://api.github.com"
ALLOWED_TYPES = ("ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
                 "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com", "ssh-rsa")


def get_token() -> str:
    token = os.environ.get("GITHUB_TOKEN", "").strip()
    if token:
        return token
    if shutil.which("gh"):
        out = subprocess.run(["gh", "auth", "token"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    sys.exit("No GitHub token found. Set GITHUB_TOKEN or run `gh auth login` first.")


def api(method: str, path: str, token: str, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(API + path, data=data, method=method)
    req.add_header("Authorization", f"Bearer {token}")
    req.add_header("Accept", "application/vnd.github+json")
    req.add_header("X-GitHub-Api-Version", "2022-11-28")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


def read_public_key(path: str) -> str:
    if not path.endswith(".pub"):
        sys.exit(f"Refusing to read {path}: only .pub files are accepted.")
    with open(os.path.expanduser(path), encoding="utf-8") as fh:
        text = fh.read().strip()
    if "PRIVATE KEY" in text:
        sys.exit("This file contains a private key. Aborting; nothing was sent.")
    if not text.startswith(ALLOWED_TYPES) or "\n" in text:
        sys.exit("This does not look like a single OpenSSH public key line.")
    return text


def fingerprint(path: str) -> str:
    out = subprocess.run(["ssh-keygen", "-lf", os.path.expanduser(path)],
                         capture_output=True, text=True)
    return out.stdout.strip() or "(ssh-keygen could not compute a fingerprint)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pub", default="~/.ssh/id_ed25519.pub")
    ap.add_argument("--title", default="added by github-ssh-key-onboard")
    ap.add_argument("--list", action="store_true", help="list keys already on the account")
    ap.add_argument("--yes", action="store_true",
                    help="skip the prompt (only for scripted re-runs the user started)")
    args = ap.parse_args()

    token = get_token()

    if args.list:
        status, keys = api("GET", "/user/keys", token)
        if status != 200:
            sys.exit(f"GitHub returned {status}: {keys}")
        for k in keys:
            print(f"{k['id']:>10}  {k['title']}  {k['key'][:40]}...")
        return

    key = read_public_key(args.pub)
    print("About to add this PUBLIC key to your GitHub account:")
    print(f"  title:       {args.title}")
    print(f"  fingerprint: {fingerprint(args.pub)}")
    if not args.yes and input("Proceed? [y/N] ").strip().lower() != "y":
        print("Cancelled. Nothing was sent.")
        return

    status, body = api("POST", "/user/keys", token, {"title": args.title, "key": key})
    if status == 201:
        print(f"Added key id {body['id']}. Test with: ssh -T git@github.com")
        print("\nOptional ~/.ssh/config snippet (add it yourself if you want it):")
        print("Host github.com\n  IdentityFile ~/.ssh/id_ed25519\n  AddKeysToAgent yes")
    elif status == 422:
        print("GitHub says this key is already registered (422).")
    else:
        sys.exit(f"GitHub returned {status}: {body.get('message') if body else ''}")


if __name__ == "__main__":
    main()
