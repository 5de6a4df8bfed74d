#!/usr/bin/env python3
"""verify.py - verify a quillctl binary against signed SHA256SUMS.

Usage: verify.py <binary> <SHA256SUMS> <SHA256SUMS.sig> [--pubkey BASE64]
"""
from __future__ import annotations

import base64
import hashlib
import json
import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

CONFIG = Path(__file__).resolve().parent.parent / "updater_config.json"


class VerificationError(Exception):
    pass


def load_public_key(b64: str | None = None) -> Ed25519PublicKey:
    if b64 is None:
        b64 = json.loads(CONFIG.read_text())["release_public_key_b64"]
    if b64.startswith("REPLACE_WITH"):
        raise VerificationError("no release public key pinned in updater_config.json; refusing to verify")
    raw = base64.b64decode(b64, validate=True)
    if len(raw) != 32:
        raise VerificationError("pinned public key must be 32 raw bytes (base64)")
    return Ed25519PublicKey.from_public_bytes(raw)


def verify_signature(sums: bytes, sig_b64: bytes, key: Ed25519PublicKey) -> None:
    try:
        key.verify(base64.b64decode(sig_b64.strip(), validate=True), sums)
    except (InvalidSignature, ValueError) as exc:
        raise VerificationError("SHA256SUMS signature is not valid for the pinned key") from exc


def expected_digest(sums: bytes, asset_name: str) -> str:
    for line in sums.decode("utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("*") == asset_name:
            return parts[0].lower()
    raise VerificationError(f"{asset_name} is not listed in SHA256SUMS")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify_asset(asset: bytes, asset_name: str, sums: bytes, sig_b64: bytes, key: Ed25519PublicKey) -> str:
    """Raise VerificationError unless the asset is covered by a valid signed checksum."""
    verify_signature(sums, sig_b64, key)
    want = expected_digest(sums, asset_name)
    got = sha256_bytes(asset)
    if got != want:
        raise VerificationError(f"checksum mismatch for {asset_name}: expected {want}, got {got}")
    return got


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, sums_path, sig_path = map(Path, argv[:3])
    pub = argv[argv.index("--pubkey") + 1] if "--pubkey" in argv else None
    try:
        digest = verify_asset(binary.read_bytes(), binary.name, sums_path.read_bytes(),
                              sig_path.read_bytes(), load_public_key(pub))
    except VerificationError as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"OK: {binary.name} sha256={digest} (signature valid)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
