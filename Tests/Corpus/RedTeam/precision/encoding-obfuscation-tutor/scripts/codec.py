#!/usr/bin/env python3
"""Encode / decode / detect common text encodings. Output is data only; nothing is executed.

    codec.py encode {base64,base64url,base32,hex,url,qp} TEXT | --file F [--out F]
    codec.py decode {base64,base64url,base32,hex,url,qp} TEXT | --file F [--out F]
    codec.py detect TEXT
"""
from __future__ import annotations

import argparse
import base64
import binascii
import os
import quopri
import re
import sys
from urllib.parse import quote, unquote_to_bytes

ENC = {
    "base64": (base64.b64encode, lambda b: base64.b64decode(b, validate=True)),
    "base64url": (base64.urlsafe_b64encode, lambda b: base64.urlsafe_b64decode(b + b"=" * (-len(b) % 4))),
    "base32": (base64.b32encode, base64.b32decode),
    "hex": (binascii.hexlify, lambda b: binascii.unhexlify(re.sub(rb"\s|0x|\\x", b"", b))),
    "url": (lambda b: quote(b, safe="").encode(), lambda b: unquote_to_bytes(b)),
    "qp": (quopri.encodestring, quopri.decodestring),
}
BLOCKED_OUT_EXT = {".exe", ".dll", ".sh", ".bat", ".cmd", ".ps1", ".js", ".vbs", ".hta", ".scr", ".py", ".msi"}


def hexdump(b: bytes, limit: int = 256) -> str:
    lines = []
    for off in range(0, min(len(b), limit), 16):
        chunk = b[off:off + 16]
        hx = " ".join(f"{x:02x}" for x in chunk)
        asc = "".join(chr(x) if 32 <= x < 127 else "." for x in chunk)
        lines.append(f"{off:08x}  {hx:<48}  {asc}")
    if len(b) > limit:
        lines.append(f"... ({len(b)} bytes total)")
    return "\n".join(lines)


def show(b: bytes) -> str:
    try:
        s = b.decode("utf-8")
        if all(c.isprintable() or c in "\r\n\t" for c in s):
            return s
    except UnicodeDecodeError:
        pass
    return hexdump(b)


def read_input(a) -> bytes:
    if a.file:
        return open(a.file, "rb").read().strip()
    if a.text is None:
        return sys.stdin.buffer.read().strip()
    return a.text.encode()


def write_output(path: str, data: bytes) -> None:
    if os.path.splitext(path)[1].lower() in BLOCKED_OUT_EXT:
        sys.exit(f"refusing to write decoded data to an executable/script extension: {path}. Use .bin or .txt")
    with open(path, "wb") as fh:
        fh.write(data)
    os.chmod(path, 0o644)
    print(f"wrote {len(data)} bytes to {path}")


def detect(text: str) -> None:
    b = text.strip().encode()
    for name, (_enc, dec) in ENC.items():
        if name == "url" and b"%" not in b:
            continue
        if name == "qp" and b"=" not in b:
            continue
        try:
            out = dec(b)
        except (binascii.Error, ValueError):
            continue
        if out and out != b:
            printable = sum(32 <= x < 127 or x in (9, 10, 13) for x in out) / len(out)
            print(f"[{name:<9}] printable={printable:.0%}\n{show(out)[:400]}\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("encode", "decode"):
        p = sub.add_parser(name)
        p.add_argument("codec", choices=list(ENC))
        p.add_argument("text", nargs="?")
        p.add_argument("--file")
        p.add_argument("--out")
    d = sub.add_parser("detect"); d.add_argument("text")
    a = ap.parse_args()

    if a.cmd == "detect":
        detect(a.text)
        return 0
    data = read_input(a)
    enc, dec = ENC[a.codec]
    try:
        out = enc(data) if a.cmd == "encode" else dec(data)
    except (binascii.Error, ValueError) as exc:
        sys.exit(f"{a.cmd} failed: {exc}")
    if a.out:
        write_output(a.out, out)
    else:
        print(show(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
