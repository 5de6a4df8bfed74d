#!/usr/bin/env python3
"""Decode/inspect a JWT locally; optional signature verification."""
import argparse
import base64
import datetime as dt
import json
import os
import sys


def b64url_decode(seg: str) -> bytes:
    seg += "=" * (-len(seg) % 4)
    return base64.urlsafe_b64decode(seg.encode("ascii"))


def fmt_time(ts):
    t = dt.datetime.fromtimestamp(ts, tz=dt.timezone.utc)
    delta = t - dt.datetime.now(dt.timezone.utc)
    secs = int(delta.total_seconds())
    rel = f"in {secs // 3600}h{(secs % 3600) // 60}m" if secs >= 0 else f"{-secs // 3600}h{(-secs % 3600) // 60}m ago"
    return f"{t.isoformat()} ({rel})"


def warnings(header, payload, secret_len=None):
    w = []
    alg = str(header.get("alg", "")).lower()
    if alg == "none":
        w.append("alg=none: unsigned token")
    if alg.startswith("hs") and secret_len is not None and secret_len < 32:
        w.append(f"HMAC secret is only {secret_len} bytes (<32)")
    if "exp" not in payload:
        w.append("no exp claim: token never expires")
    elif "iat" in payload and payload["exp"] - payload["iat"] > 86400:
        w.append(f"lifetime {(payload['exp'] - payload['iat']) / 3600:.1f}h > 24h")
    kid = str(header.get("kid", ""))
    if "/" in kid or ".." in kid:
        w.append("kid contains path characters")
    for h in ("jku", "x5u"):
        if h in header:
            w.append(f"{h} header present ({header[h]}): server must not fetch keys from it")
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("token", nargs="?", default="-", help="JWT or '-' for stdin")
    ap.add_argument("--env", help="read token from this env var")
    ap.add_argument("--verify", action="store_true")
    ap.add_argument("--secret-env", help="env var holding HS secret")
    ap.add_argument("--jwks", help="JWKS URL of the issuer")
    ap.add_argument("--aud")
    ap.add_argument("--iss")
    a = ap.parse_args()

    tok = os.environ.get(a.env, "") if a.env else (sys.stdin.read() if a.token == "-" else a.token)
    tok = tok.strip().removeprefix("Bearer ").strip()
    parts = tok.split(".")
    if len(parts) != 3:
        sys.exit(f"not a JWS compact token (got {len(parts)} segments)")
    header = json.loads(b64url_decode(parts[0]))
    payload = json.loads(b64url_decode(parts[1]))

    print("Header:\n" + json.dumps(header, indent=2))
    print("Payload:\n" + json.dumps(payload, indent=2))
    for c in ("iat", "nbf", "exp"):
        if isinstance(payload.get(c), (int, float)):
            print(f"  {c}: {fmt_time(payload[c])}")
    sig = parts[2]
    print(f"Signature: {sig[:6]}…{sig[-6:]} ({len(b64url_decode(sig))} bytes)")

    secret = os.environ.get(a.secret_env) if a.secret_env else None
    for w in warnings(header, payload, len(secret.encode()) if secret else None):
        print(f"WARNING: {w}")

    if a.verify:
        import jwt  # PyJWT
        opts = {"verify_aud": bool(a.aud)}
        try:
            if secret:
                jwt.decode(tok, secret, algorithms=[header["alg"]], audience=a.aud, issuer=a.iss, options=opts)
            elif a.jwks:
                key = jwt.PyJWKClient(a.jwks).get_signing_key_from_jwt(tok).key
                jwt.decode(tok, key, algorithms=[header["alg"]], audience=a.aud, issuer=a.iss, options=opts)
            else:
                sys.exit("--verify needs --secret-env or --jwks")
            print("Signature: VALID")
        except jwt.PyJWTError as e:
            print(f"Signature/claims: INVALID — {e}")
            sys.exit(1)


if __name__ == "__main__":
    main()
