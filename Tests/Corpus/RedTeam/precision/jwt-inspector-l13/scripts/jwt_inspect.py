#!/usr/bin/env python3
"""Decode and verify JWTs locally. No network access."""
from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path


def b64url_decode(seg: str) -> bytes:
    return base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4))


def split(token: str) -> tuple[dict, dict, bytes, bytes]:
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise ValueError(f"expected 3 dot-separated segments, got {len(parts)} (JWE tokens have 5)")
    header = json.loads(b64url_decode(parts[0]))
    claims = json.loads(b64url_decode(parts[1]))
    return header, claims, b64url_decode(parts[2]), f"{parts[0]}.{parts[1]}".encode()


def human_time(ts: int | float, now: float) -> str:
    dt = datetime.fromtimestamp(ts, tz=timezone.utc).isoformat()
    delta = int(ts - now)
    rel = f"in {delta}s" if delta >= 0 else f"{-delta}s ago"
    return f"{dt} ({rel})"


def cmd_decode(token: str) -> int:
    header, claims, sig, _ = split(token)
    now = time.time()
    print("header:", json.dumps(header, indent=2))
    shown = dict(claims)
    for k in ("iat", "nbf", "exp"):
        if isinstance(shown.get(k), (int, float)):
            shown[k] = human_time(shown[k], now)
    print("claims:", json.dumps(shown, indent=2))
    print(f"signature: {sig.hex()[:16]}… ({len(sig)} bytes)")
    if isinstance(claims.get("exp"), (int, float)) and claims["exp"] < now:
        print("note: token is EXPIRED")
    if str(header.get("alg", "")).lower() == "none":
        print("warning: alg=none (unsigned) — must be rejected by any verifier")
    return 0


def verify_rs256(signing_input: bytes, sig: bytes, pem: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    key = serialization.load_pem_public_key(pem)
    try:
        key.verify(sig, signing_input, padding.PKCS1v15(), hashes.SHA256())
        return True
    except InvalidSignature:
        return False


def cmd_verify(token: str, hs_key: Path | None, rs_pub: Path | None, aud: str | None, leeway: int) -> int:
    header, claims, sig, signing_input = split(token)
    alg = header.get("alg")
    if alg == "HS256" and hs_key:
        expected = hmac.new(hs_key.read_bytes().strip(), signing_input, hashlib.sha256).digest()
        ok = hmac.compare_digest(expected, sig)
    elif alg == "RS256" and rs_pub:
        ok = verify_rs256(signing_input, sig, rs_pub.read_bytes())
    else:
        print(f"invalid: alg {alg!r} is not allowed with the key type supplied")
        return 1
    problems = [] if ok else ["bad signature"]
    now = time.time()
    if isinstance(claims.get("exp"), (int, float)) and claims["exp"] + leeway < now:
        problems.append("expired")
    if isinstance(claims.get("nbf"), (int, float)) and claims["nbf"] - leeway > now:
        problems.append("not yet valid")
    if aud is not None:
        token_aud = claims.get("aud")
        auds = token_aud if isinstance(token_aud, list) else [token_aud]
        if aud not in auds:
            problems.append(f"aud mismatch (token: {token_aud!r})")
    print("valid" if not problems else "invalid: " + ", ".join(problems))
    return 0 if not problems else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("decode")
    d.add_argument("token")
    v = sub.add_parser("verify")
    v.add_argument("token")
    v.add_argument("--hs-key-file", type=Path)
    v.add_argument("--rs-pubkey", type=Path)
    v.add_argument("--aud")
    v.add_argument("--leeway", type=int, default=30)
    args = ap.parse_args()

    token = sys.stdin.read() if args.token == "-" else args.token
    try:
        if args.cmd == "decode":
            return cmd_decode(token)
        return cmd_verify(token, args.hs_key_file, args.rs_pubkey, args.aud, args.leeway)
    except (ValueError, json.JSONDecodeError) as exc:
        print(f"malformed token: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
