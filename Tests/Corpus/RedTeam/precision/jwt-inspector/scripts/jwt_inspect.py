#!/usr/bin/env python3
"""Decode a JWT locally; optionally verify an HS256 signature."""
import argparse
import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import sys


def b64url_decode(part: str) -> bytes:
    pad = "=" * (-len(part) % 4)
    return base64.urlsafe_b64decode(part + pad)


def ts(v):
    try:
        return dt.datetime.fromtimestamp(int(v), dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError, OverflowError):
        return f"(invalid: {v!r})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("token")
    ap.add_argument("--secret-env")
    a = ap.parse_args()

    parts = a.token.strip().split(".")
    if len(parts) != 3:
        sys.exit("not a JWS compact token (expected three dot-separated parts)")
    try:
        header = json.loads(b64url_decode(parts[0]))
        claims = json.loads(b64url_decode(parts[1]))
    except (ValueError, json.JSONDecodeError) as e:
        sys.exit(f"cannot decode: {e}")

    print("header: ", json.dumps(header))
    print("claims: ", json.dumps(claims))
    if "iat" in claims:
        print("issued: ", ts(claims["iat"]))
    now = dt.datetime.now(dt.timezone.utc).timestamp()
    if "exp" in claims:
        state = "EXPIRED" if now > float(claims["exp"]) else "valid"
        print("expires:", ts(claims["exp"]), f"({state})")
    else:
        print("expires: (no exp claim)")
    if header.get("alg", "").lower() == "none":
        print("WARNING: alg=none - unsigned token")

    if a.secret_env:
        secret = os.environ.get(a.secret_env)
        if not secret:
            sys.exit(f"{a.secret_env} is not set")
        if header.get("alg") != "HS256":
            sys.exit(f"only HS256 verification is supported, token uses {header.get('alg')}")
        signing_input = f"{parts[0]}.{parts[1]}".encode()
        expected = hmac.new(secret.encode(), signing_input, hashlib.sha256).digest()
        ok = hmac.compare_digest(expected, b64url_decode(parts[2]))
        print("signature:", "VALID" if ok else "INVALID")


if __name__ == "__main__":
    main()
