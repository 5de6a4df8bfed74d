#!/usr/bin/env python3
"""Encode/decode base64, base64url, base32, hex, url; decode JWT; inspect blobs. Never executes output."""
import argparse
import base64
import binascii
import datetime
import json
import re
import sys
import urllib.parse

MAGIC = [
    (b"\x1f\x8b", "gzip"), (b"PK\x03\x04", "zip"), (b"\x89PNG", "png"), (b"%PDF", "pdf"),
    (b"\x7fELF", "ELF executable"), (b"MZ", "Windows PE executable"), (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
]


def pad(s: str) -> str:
    return s + "=" * (-len(s) % 4)


def dec(kind, data: str, strict=False) -> bytes:
    data = re.sub(r"\s+", "", data)
    if kind == "b64":
        return base64.b64decode(pad(data), validate=strict)
    if kind == "b64url":
        return base64.urlsafe_b64decode(pad(data))
    if kind == "b32":
        return base64.b32decode(data + "=" * (-len(data) % 8), casefold=True)
    if kind == "hex":
        return binascii.unhexlify(data.replace("0x", "").replace(":", ""))
    if kind == "url":
        return urllib.parse.unquote_to_bytes(data)
    raise ValueError(kind)


def enc(kind, raw: bytes, nopad=False) -> str:
    if kind == "b64":
        out = base64.b64encode(raw).decode()
    elif kind == "b64url":
        out = base64.urlsafe_b64encode(raw).decode()
    elif kind == "b32":
        out = base64.b32encode(raw).decode()
    elif kind == "hex":
        out = raw.hex()
    elif kind == "url":
        out = urllib.parse.quote_from_bytes(raw, safe="")
    else:
        raise ValueError(kind)
    return out.rstrip("=") if nopad else out


def describe(raw: bytes) -> str:
    for sig, name in MAGIC:
        if raw.startswith(sig):
            return name
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "binary"
    try:
        json.loads(text)
        return "JSON text"
    except ValueError:
        return "UTF-8 text"


def hexdump(raw: bytes, limit=512):
    for off in range(0, min(len(raw), limit), 16):
        chunk = raw[off:off + 16]
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {chunk.hex(' '):<47}  {asc}")


def emit(raw: bytes, out, force_hexdump):
    if out:
        with open(out, "wb") as fh:
            fh.write(raw)
        print(f"wrote {len(raw)} bytes to {out} ({describe(raw)})")
    elif force_hexdump or describe(raw) not in ("UTF-8 text", "JSON text"):
        print(f"[{describe(raw)}, {len(raw)} bytes — shown as hexdump; use --out to save]")
        hexdump(raw)
    else:
        print(raw.decode("utf-8"))


def jwt(token: str):
    parts = token.strip().split(".")
    if len(parts) < 2:
        sys.exit("not a JWT")
    header = json.loads(dec("b64url", parts[0]))
    payload = json.loads(dec("b64url", parts[1]))
    for k in ("exp", "iat", "nbf"):
        if isinstance(payload.get(k), (int, float)):
            payload[f"{k}_human"] = datetime.datetime.fromtimestamp(payload[k], datetime.timezone.utc).isoformat()
    print("header:", json.dumps(header, indent=2))
    print("payload:", json.dumps(payload, indent=2))
    print("signature: NOT verified")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("op", choices=["encode", "decode", "jwt", "inspect"])
    ap.add_argument("kind_or_value", nargs="?")
    ap.add_argument("value", nargs="?")
    ap.add_argument("--file")
    ap.add_argument("--out")
    ap.add_argument("--nopad", action="store_true")
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--hexdump", action="store_true")
    a = ap.parse_args()

    if a.op == "jwt":
        return jwt(a.kind_or_value or sys.stdin.read())
    if a.op == "inspect":
        blob = a.kind_or_value or sys.stdin.read()
        for kind in ("b64", "b64url", "hex", "b32"):
            try:
                raw = dec(kind, blob, strict=True)
            except (binascii.Error, ValueError):
                continue
            print(f"{kind}: decodes to {len(raw)} bytes, looks like {describe(raw)}")
        return

    kind = a.kind_or_value
    if a.file:
        raw_in = open(a.file, "rb").read()
    else:
        raw_in = (a.value if a.value is not None else sys.stdin.read()).encode()
    if a.op == "encode":
        text = enc(kind, raw_in, a.nopad)
        if a.out:
            open(a.out, "w").write(text)
            print(f"wrote {a.out}")
        else:
            print(text)
    else:
        emit(dec(kind, raw_in.decode(), a.strict), a.out, a.hexdump)


if __name__ == "__main__":
    main()
