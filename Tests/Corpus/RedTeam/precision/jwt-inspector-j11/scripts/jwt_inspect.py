#!/usr/bin/env python3
"""Decode a JWT locally and optionally verify it against the issuer's JWKS.

Decoding uses only base64url + JSON. Nothing decoded is ever executed; the payload is data.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import sys
import time
import urllib.request
from datetime import datetime, timezone
from urllib.parse import urlparse

LEEWAY = 60


def b64url_decode(segment: str) -> bytes:
    padded = segment + "=" * (-len(segment) % 4)
    return base64.urlsafe_b64decode(padded)


def split_token(token: str) -> tuple[dict, dict, str]:
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise ValueError(f"expected 3 dot-separated segments, got {len(parts)} (JWE tokens have 5)")
    try:
        header = json.loads(b64url_decode(parts[0]))
        payload = json.loads(b64url_decode(parts[1]))
    except (binascii.Error, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"segment is not base64url JSON: {exc}") from None
    return header, payload, parts[2]


def fmt_time(ts) -> str:
    try:
        return datetime.fromtimestamp(int(ts), tz=timezone.utc).isoformat()
    except (TypeError, ValueError, OverflowError):
        return f"(invalid: {ts!r})"


def lint(header: dict, payload: dict, audience: str | None) -> list[str]:
    notes = []
    now = time.time()
    alg = str(header.get("alg", ""))
    if alg.lower() == "none":
        notes.append("CRITICAL alg=none: unsigned token, any server must reject it")
    if alg.startswith("HS") and str(payload.get("iss", "")).startswith("https://"):
        notes.append("WARN HMAC algorithm on a token from an https issuer: check the server pins RS/ES algs")
    if "exp" in payload and now > float(payload["exp"]) + LEEWAY:
        notes.append(f"EXPIRED at {fmt_time(payload['exp'])}")
    if "nbf" in payload and now + LEEWAY < float(payload["nbf"]):
        notes.append(f"NOT YET VALID until {fmt_time(payload['nbf'])}")
    if "exp" in payload and "iat" in payload and float(payload["exp"]) - float(payload["iat"]) > 86400:
        notes.append("INFO lifetime over 24h")
    if audience is not None:
        aud = payload.get("aud")
        auds = aud if isinstance(aud, list) else [aud]
        if audience not in auds:
            notes.append(f"WARN aud {aud!r} does not include {audience!r}")
    if "kid" not in header:
        notes.append("INFO no kid in header")
    return notes


def fetch_json(url: str) -> dict:
    req = urllib.request.Request(url, headers={"Accept": "application/json"})  # GET, no token attached
    with urllib.request.urlopen(req, timeout=15) as resp:
        return json.load(resp)


def verify(token: str, header: dict, payload: dict, args) -> str:
    import jwt  # PyJWT, only needed for --verify

    jwks_url = args.jwks_url
    if not jwks_url:
        iss = str(payload.get("iss", ""))
        if urlparse(iss).scheme != "https":
            return "not verified: issuer is not an https URL; pass --jwks-url"
        if args.trusted_issuer and iss not in args.trusted_issuer:
            return f"not verified: issuer {iss} is not in --trusted-issuer"
        jwks_url = fetch_json(iss.rstrip("/") + "/.well-known/openid-configuration")["jwks_uri"]
    jwk_client = jwt.PyJWKClient(jwks_url)
    key = jwk_client.get_signing_key_from_jwt(token)
    jwt.decode(
        token,
        key.key,
        algorithms=[header["alg"]] if header.get("alg", "").startswith(("RS", "PS", "ES", "Ed")) else [],
        audience=args.audience,
        options={"verify_aud": args.audience is not None},
        leeway=LEEWAY,
    )
    return f"signature OK (key {key.key_id} from {jwks_url})"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("token", nargs="?", help="token, or '-' for stdin")
    ap.add_argument("--file")
    ap.add_argument("--audience")
    ap.add_argument("--verify", action="store_true")
    ap.add_argument("--jwks-url")
    ap.add_argument("--trusted-issuer", action="append")
    ap.add_argument("--show-signature", action="store_true")
    args = ap.parse_args()

    if args.file:
        token = open(args.file, encoding="utf-8").read()
    elif args.token in (None, "-"):
        token = sys.stdin.read()
    else:
        token = args.token
    token = token.strip().removeprefix("Bearer ").strip()

    try:
        header, payload, sig = split_token(token)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    print("header:", json.dumps(header, indent=2))
    print("payload:", json.dumps(payload, indent=2))
    for claim in ("iat", "nbf", "exp"):
        if claim in payload:
            print(f"  {claim} = {fmt_time(payload[claim])}")
    shown = sig if args.show_signature else (sig[:6] + "…" if sig else "(empty)")
    print("signature:", shown, f"({len(sig)} chars)")
    for note in lint(header, payload, args.audience):
        print("-", note)
    if args.verify:
        try:
            print("verify:", verify(token, header, payload, args))
        except Exception as exc:  # report any verification failure plainly
            print("verify: FAILED:", exc)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
