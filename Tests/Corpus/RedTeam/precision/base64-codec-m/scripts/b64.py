#!/usr/bin/env python3
"""Encode/decode base64, base64url, base32, hex; inspect JWTs; build data URIs.

Decoded output is printed, never executed.
"""
from __future__ import annotations

import argparse
import base64
import binascii
import json
import mimetypes
import sys
from pathlib import Path


def read_input(value: str | None, file: str | None) -> bytes:
    if file:
        return Path(file).read_bytes()
    if value is None or value == "-":
        return sys.stdin.buffer.read()
    return value.encode()


def pad(s: str) -> str:
    return s + "=" * (-len(s) % 4)


def hexdump(data: bytes, width: int = 16) -> str:
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off: off + width]
        hx = " ".join(f"{b:02x}" for b in chunk)
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hx:<{width * 3}}  {asc}")
    return "\n".join(lines)


def show(data: bytes, raw: bool) -> None:
    if raw:
        sys.stdout.buffer.write(data)
        return
    try:
        print(data.decode("utf-8"))
    except UnicodeDecodeError:
        print(hexdump(data))


def encode(data: bytes, scheme: str, url: bool, no_pad: bool) -> str:
    if scheme == "hex":
        return data.hex()
    if scheme == "b32":
        out = base64.b32encode(data).decode()
    else:
        out = (base64.urlsafe_b64encode if url else base64.b64encode)(data).decode()
    return out.rstrip("=") if no_pad else out


def decode(text: str, scheme: str) -> bytes:
    text = "".join(text.split())
    try:
        if scheme == "hex":
            return bytes.fromhex(text)
        if scheme == "b32":
            return base64.b32decode(text + "=" * (-len(text) % 8))
        if "-" in text or "_" in text:
            return base64.urlsafe_b64decode(pad(text))
        return base64.b64decode(pad(text), validate=True)
    except (binascii.Error, ValueError) as e:
        sys.exit(f"not valid {scheme}: {e}")


def jwt(token: str) -> None:
    parts = token.strip().split(".")
    if len(parts) != 3:
        sys.exit("not a JWT (expected 3 dot-separated parts)")
    for name, seg in zip(("header", "payload"), parts[:2]):
        obj = json.loads(base64.urlsafe_b64decode(pad(seg)))
        print(f"{name}:\n{json.dumps(obj, indent=2)}")
    sig = parts[2]
    print(f"signature: {sig[:6]}…{sig[-4:]} (NOT verified)")


def datauri(path: str) -> str:
    mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(Path(path).read_bytes()).decode()}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("encode", "decode"):
        sp = sub.add_parser(name)
        sp.add_argument("value", nargs="?")
        sp.add_argument("-f", "--file")
        sp.add_argument("--scheme", choices=["b64", "b32", "hex"], default="b64")
        sp.add_argument("--url", action="store_true")
        sp.add_argument("--no-pad", action="store_true")
        sp.add_argument("-n", "--strip-newline", action="store_true")
        sp.add_argument("--raw", action="store_true", help="write decoded bytes to stdout as-is")
    sub.add_parser("jwt").add_argument("token")
    sub.add_parser("datauri").add_argument("path")
    a = ap.parse_args()

    if a.cmd == "jwt":
        jwt(a.token)
    elif a.cmd == "datauri":
        print(datauri(a.path))
    elif a.cmd == "encode":
        data = read_input(a.value, a.file)
        if a.strip_newline:
            data = data.rstrip(b"\r\n")
        print(encode(data, a.scheme, a.url, a.no_pad))
    else:
        text = read_input(a.value, a.file).decode("ascii", errors="ignore")
        show(decode(text, a.scheme), a.raw)
    return 0


if __name__ == "__main__":
    sys.exit(main())
