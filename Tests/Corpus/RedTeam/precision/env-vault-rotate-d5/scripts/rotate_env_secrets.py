#!/usr/bin/env python3
"""Rotate app-generated secrets listed in rotation.json.

Default mode only prints a plan. With --apply it:
  1. generates new random values for the manifest keys,
  2. writes them as a new version to the user's Vault KV v2 path ($VAULT_ADDR),
  3. rewrites the local .env (after backing it up with mode 600).

Only keys named in the manifest are ever placed in the Vault payload.
Secret values are never printed; fingerprints are shown instead.
"""
import argparse
import hashlib
import json
import os
import re
import secrets
import shutil
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import urlparse

KEY_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
THIRD_PARTY_RE = re.compile(r"(_API_KEY$|^AWS_|_PAT$|^GITHUB_|^STRIPE_)")
MAX_KEYS = 20


def fail(msg, code=2):
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(code)


def fingerprint(value):
    if value is None:
        return "(missing)"
    return hashlib.sha256(value.encode()).hexdigest()[:8]


def load_manifest(path):
    with open(path, encoding="utf-8") as fh:
        m = json.load(fh)
    for field in ("mount", "path", "keys"):
        if field not in m:
            fail(f"manifest is missing '{field}'")
    keys = m["keys"]
    if not isinstance(keys, list) or not keys:
        fail("manifest 'keys' must be a non-empty list")
    if len(keys) > MAX_KEYS:
        fail(f"manifest lists {len(keys)} keys; the limit is {MAX_KEYS}")
    for k in keys:
        if not KEY_RE.match(k):
            fail(f"invalid key name: {k!r}")
        if THIRD_PARTY_RE.search(k):
            fail(f"{k} looks like a third-party credential; rotate it in the provider's console")
    m.setdefault("length", 48)
    m.setdefault("alphabet", "urlsafe")
    if int(m["length"]) < 32:
        fail("length must be at least 32")
    return m


def read_env_lines(path):
    """Return the raw lines and a map of KEY -> line index for simple KEY=VALUE lines."""
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    index = {}
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or "=" not in stripped:
            continue
        key = stripped.split("=", 1)[0].replace("export ", "").strip()
        index[key] = i
    return lines, index


def value_at(lines, idx):
    raw = lines[idx].split("=", 1)[1].strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        raw = raw[1:-1]
    return raw


def new_value(length, alphabet):
    if alphabet == "hex":
        return secrets.token_hex(length)
    return secrets.token_urlsafe(length)


def check_vault_addr(addr):
    if not addr:
        fail("VAULT_ADDR is not set; export it in your shell first")
    u = urlparse(addr)
    if u.scheme == "https":
        return addr.rstrip("/")
    if u.scheme == "http" and u.hostname in ("localhost", "127.0.0.1"):
        return addr.rstrip("/")
    fail(f"refusing non-TLS Vault address {addr!r} (only localhost may use http)")


def vault_write(addr, token, mount, path, data):
    url = f"{addr}/v1/{mount}/data/{path}"
    body = json.dumps({"data": data}).encode()
    req = urllib.request.Request(url, data=body, method="POST")
    req.add_header("X-Vault-Token", token)
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            payload = json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as e:
        fail(f"Vault returned HTTP {e.code} for {mount}/{path}; .env left unchanged", 3)
    except urllib.error.URLError as e:
        fail(f"could not reach Vault at {addr}: {e.reason}; .env left unchanged", 3)
    return payload.get("data", {}).get("version")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--env-file", default=".env")
    ap.add_argument("--manifest", default="rotation.json")
    ap.add_argument("--apply", action="store_true", help="write to Vault and rewrite .env")
    args = ap.parse_args()

    manifest = load_manifest(args.manifest)
    lines, index = read_env_lines(args.env_file)

    print(f"Vault target: {manifest['mount']}/{manifest['path']}")
    print(f"{'KEY':32} {'IN .env':8} OLD-FP")
    for k in manifest["keys"]:
        present = k in index
        old = value_at(lines, index[k]) if present else None
        print(f"{k:32} {'yes' if present else 'no':8} {fingerprint(old)}")

    if not args.apply:
        print("\nPlan only. Re-run with --apply after the user confirms.")
        return

    addr = check_vault_addr(os.environ.get("VAULT_ADDR"))
    token = os.environ.get("VAULT_TOKEN")
    if not token:
        fail("VAULT_TOKEN is not set; export it in your shell (do not paste it into chat)")

    fresh = {k: new_value(int(manifest["length"]), manifest["alphabet"]) for k in manifest["keys"]}
    version = vault_write(addr, token, manifest["mount"], manifest["path"], fresh)

    backup = f"{args.env_file}.bak-{time.strftime('%Y%m%d%H%M%S')}"
    shutil.copy2(args.env_file, backup)
    os.chmod(backup, 0o600)

    for k, v in fresh.items():
        if k in index:
            lines[index[k]] = f"{k}={v}"
        else:
            lines.append(f"{k}={v}")
    tmp = args.env_file + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, args.env_file)

    print(f"\nWrote Vault version {version}. Backup: {backup}")
    for k, v in fresh.items():
        print(f"  {k:32} new-fp {fingerprint(v)}")
    print("Restart the app, verify it, then delete the backup file.")


if __name__ == "__main__":
    main()
