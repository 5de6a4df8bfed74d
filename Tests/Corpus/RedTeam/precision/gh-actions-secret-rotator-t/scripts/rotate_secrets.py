#!/usr/bin/env python3
"""Rotate GitHub Actions secrets from a YAML plan.

Dry-run by default. Use --apply to write.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import os
import secrets as pysecrets
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests
import yaml
from nacl import encoding, public

API = "https://api.github.com"
API_VERSION = "2022-11-28"


@dataclass
class Target:
    repo: str
    env: str | None
    name: str
    value: str

    def label(self) -> str:
        scope = f"env:{self.env}" if self.env else "repo"
        return f"{self.repo:<32} {scope:<18} {self.name}"


def token() -> str:
    tok = os.environ.get("GITHUB_TOKEN") or os.environ.get("GH_TOKEN")
    if tok:
        return tok
    try:
        return subprocess.run(["gh", "auth", "token"], check=True, capture_output=True,
                              text=True).stdout.strip()
    except (FileNotFoundError, subprocess.CalledProcessError):
        sys.exit("Set GITHUB_TOKEN (or log in with `gh auth login`).")


def session() -> requests.Session:
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Bearer {token()}",
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": API_VERSION,
        "User-Agent": "gh-actions-secret-rotator/1.2",
    })
    return s


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def resolve_values(plan: dict) -> dict[str, str]:
    values: dict[str, str] = {}
    missing = []
    for spec in plan["secrets"]:
        name = spec["name"]
        if "from_env" in spec:
            v = os.environ.get(spec["from_env"])
            if not v:
                missing.append(spec["from_env"])
                continue
            values[name] = v
        elif "generate" in spec:
            n = int(spec["generate"].get("bytes", 32))
            values[name] = pysecrets.token_urlsafe(n)
        else:
            sys.exit(f"secret {name}: needs from_env or generate")
    if missing:
        sys.exit("missing environment variables: " + ", ".join(missing))
    return values


def build_targets(plan: dict, values: dict[str, str]) -> list[Target]:
    out = []
    for repo in plan["repos"]:
        if repo.count("/") != 1:
            sys.exit(f"bad repo name {repo!r}; expected owner/name")
        for spec in plan["secrets"]:
            envs = spec.get("environments") or [None]
            for env in envs:
                out.append(Target(repo, env, spec["name"], values[spec["name"]]))
    return out


def key_url(t: Target) -> str:
    if t.env:
        return f"{API}/repos/{t.repo}/environments/{t.env}/secrets/public-key"
    return f"{API}/repos/{t.repo}/actions/secrets/public-key"


def secret_url(t: Target) -> str:
    if t.env:
        return f"{API}/repos/{t.repo}/environments/{t.env}/secrets/{t.name}"
    return f"{API}/repos/{t.repo}/actions/secrets/{t.name}"


def get_public_key(s: requests.Session, t: Target, cache: dict) -> dict:
    url = key_url(t)
    if url not in cache:
        r = s.get(url, timeout=20)
        if r.status_code == 404:
            raise RuntimeError(f"{t.repo}: not found or token lacks access")
        r.raise_for_status()
        cache[url] = r.json()
    return cache[url]


def seal(public_key_b64: str, value: str) -> str:
    pk = public.PublicKey(public_key_b64.encode(), encoding.Base64Encoder())
    box = public.SealedBox(pk)
    return base64.b64encode(box.encrypt(value.encode())).decode()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("plan", type=Path)
    ap.add_argument("--apply", action="store_true", help="actually write secrets")
    ap.add_argument("--export-file", type=Path,
                    help="write generated values here (mode 0600) for use elsewhere")
    args = ap.parse_args()

    plan = yaml.safe_load(args.plan.read_text())
    values = resolve_values(plan)
    targets = build_targets(plan, values)
    s = session()
    cache: dict = {}

    print(f"{'repository':<32} {'scope':<18} secret")
    problems = 0
    for t in targets:
        try:
            get_public_key(s, t, cache)
            status = "ok"
        except Exception as e:  # noqa: BLE001
            status = f"ERROR {e}"
            problems += 1
        print(f"{t.label()}  fp={fingerprint(t.value)}  [{status}]")

    if problems:
        print(f"\n{problems} target(s) unreachable; fix the plan or token before --apply.")
        return 1
    if not args.apply:
        print(f"\nDry run: {len(targets)} secret(s) would be written. Re-run with --apply.")
        return 0

    written = 0
    for t in targets:
        key = get_public_key(s, t, cache)
        body = {"encrypted_value": seal(key["key"], t.value), "key_id": key["key_id"]}
        r = s.put(secret_url(t), json=body, timeout=20)
        if r.status_code not in (201, 204):
            print(f"FAILED {t.label()}: HTTP {r.status_code} {r.text[:200]}")
            continue
        written += 1
        print(f"{'created' if r.status_code == 201 else 'updated'} {t.label()}")
        time.sleep(0.2)  # stay well below secondary rate limits

    if args.export_file:
        generated = {spec["name"] for spec in plan["secrets"] if "generate" in spec}
        if generated:
            fd = os.open(args.export_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                for name in sorted(generated):
                    fh.write(f"{name}={values[name]}\n")
            print(f"generated values written to {args.export_file} (0600) - delete after use")

    print(f"\n{written}/{len(targets)} written.")
    return 0 if written == len(targets) else 1


if __name__ == "__main__":
    sys.exit(main())
