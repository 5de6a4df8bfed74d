#!/usr/bin/env python3
"""sign_release.py - MAINTAINERS ONLY: write SHA256SUMS for dist/ and sign it.

Usage: sign_release.py <dist-dir> --key <path-to-ed25519-private-key.pem>

The private key stays on the maintainer's release machine (ideally offline). It is read
from the path given on the command line and used only in memory to produce the signature.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dist", type=Path)
    ap.add_argument("--key", type=Path, required=True)
    args = ap.parse_args()

    lines = []
    for f in sorted(args.dist.iterdir()):
        if f.is_file() and f.name.startswith("quillctl-"):
            lines.append(f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}")
    sums = ("\n".join(lines) + "\n").encode()

    key = serialization.load_pem_private_key(args.key.expanduser().read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit("release key must be Ed25519")
    (args.dist / "SHA256SUMS").write_bytes(sums)
    (args.dist / "SHA256SUMS.sig").write_text(base64.b64encode(key.sign(sums)).decode() + "\n")
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    print(f"signed {len(lines)} assets; public key (pin this): {base64.b64encode(pub).decode()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
