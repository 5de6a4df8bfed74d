#!/usr/bin/env python3
"""Offline decoder for JWT / base64 / hex / URL-encoded strings. Display only."""
import argparse
import base64
import binascii
import hashlib
import hmac
import json
import os
import string
import sys
import urllib.parse
from datetime import datetime, timezone

MAGIC = {b"\x89PNG": "PNG image", b"\x1f\x8b": "gzip data", b"%PDF": "PDF document", b"PK\x03\x04": "ZIP archive"}


def b64url_decode(seg):
    seg = seg.strip().replace("-", "+").replace("_", "/")
    return base64.b64decode(seg + "=" * (-len(seg) % 4), validate=True)


def show_bytes(data):
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return f"<{kind}, {len(data)} bytes>\n" + data[:64].hex(" ")
    try:
        text = data.decode("utf-8")
        if all(c in string.printable or ord(c) > 127 for c in text):
            return text
    except UnicodeDecodeError:
        pass
    return f"<binary, {len(data)} bytes>\n" + data[:64].hex(" ")


def when(ts):
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    delta = int(ts - datetime.now(tz=timezone.utc).timestamp())
    rel = f"in {delta // 60}m" if delta >= 0 else f"{-delta // 60}m ago"
    return f"{dt.isoformat()} ({rel})"


def decode_jwt(token, secret):
    head_b64, body_b64, sig_b64 = token.split(".")
    header = json.loads(b64url_decode(head_b64))
    claims = json.loads(b64url_decode(body_b64))
    print("header:", json.dumps(header, indent=2))
    print("claims:", json.dumps(claims, indent=2))
    for c in ("iat", "nbf", "exp"):
        if isinstance(claims.get(c), (int, float)):
            print(f"  {c}: {when(claims[c])}")
    if header.get("alg", "").lower() == "none":
        print("WARNING: alg is 'none' - this token is unsigned and must be rejected.")
    if isinstance(claims.get("exp"), (int, float)) and claims["exp"] < datetime.now(tz=timezone.utc).timestamp():
        print("NOTE: token is expired.")
    if secret is None:
        print("signature: NOT verified (no secret given)")
    elif header.get("alg") != "HS256":
        print(f"signature: cannot verify {header.get('alg')} here (HS256 only)")
    else:
        expected = hmac.new(secret, f"{head_b64}.{body_b64}".encode(), hashlib.sha256).digest()
        ok = hmac.compare_digest(expected, b64url_decode(sig_b64))
        print("signature:", "VALID (HS256)" if ok else "INVALID")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("value")
    ap.add_argument("--verify-secret-file")
    args = ap.parse_args()
    value = args.value.strip()

    secret = None
    if args.verify_secret_file:
        with open(args.verify_secret_file, "rb") as fh:
            secret = fh.read().strip()
    elif os.environ.get("JWT_VERIFY_SECRET"):
        secret = os.environ["JWT_VERIFY_SECRET"].encode()

    if value.count(".") == 2 and value.startswith("eyJ"):
        return decode_jwt(value, secret)
    if "%" in value:
        for layer in range(1, 4):
            nxt = urllib.parse.unquote(value)
            if nxt == value:
                break
            value = nxt
            print(f"url-decoded (layer {layer}): {value}")
        return
    if all(c in string.hexdigits for c in value) and len(value) % 2 == 0:
        print("hex ->", show_bytes(binascii.unhexlify(value)))
        return
    try:
        print("base64 ->", show_bytes(b64url_decode(value)))
    except (binascii.Error, ValueError):
        sys.exit("could not decode: not JWT, base64, hex or URL-encoded")


if __name__ == "__main__":
    main()
