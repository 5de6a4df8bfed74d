#!/usr/bin/env python3
"""Encode/decode/peel common encodings. Never executes anything it decodes."""
import argparse
import base64
import binascii
import codecs
import gzip
import re
import string
import sys
import urllib.parse
import zlib

PRINTABLE = set(bytes(string.printable, "ascii"))
MAX_SHOW = 4096


def show(b: bytes) -> str:
    s = "".join(chr(c) if c in PRINTABLE else f"\\x{c:02x}" for c in b[:MAX_SHOW])
    return s + ("…[truncated]" if len(b) > MAX_SHOW else "")


def printable_ratio(b: bytes) -> float:
    return sum(c in PRINTABLE for c in b) / max(len(b), 1)


def try_base64(b):
    s = re.sub(rb"\s+", b"", b)
    if len(s) < 8 or not re.fullmatch(rb"[A-Za-z0-9+/_-]+={0,2}", s):
        return None
    s = s.replace(b"-", b"+").replace(b"_", b"/")
    s += b"=" * (-len(s) % 4)
    try:
        return base64.b64decode(s, validate=True)
    except binascii.Error:
        return None


def try_hex(b):
    s = re.sub(rb"[\s:]|0x|\\x", b"", b)
    if len(s) < 4 or len(s) % 2 or not re.fullmatch(rb"[0-9a-fA-F]+", s):
        return None
    return bytes.fromhex(s.decode())


def try_url(b):
    if b"%" not in b:
        return None
    out = urllib.parse.unquote_to_bytes(b)
    return out if out != b else None


def try_gzip(b):
    for fn in (gzip.decompress, zlib.decompress, lambda x: zlib.decompress(x, -15)):
        try:
            return fn(b)
        except Exception:
            continue
    return None


def try_utf16(b):
    if len(b) >= 4 and len(b) % 2 == 0 and b[1::2].count(0) > len(b) // 4:
        try:
            return b.decode("utf-16-le").encode()
        except UnicodeDecodeError:
            return None
    return None


DECODERS = [("gzip/zlib", try_gzip), ("utf-16le", try_utf16), ("url", try_url),
            ("hex", try_hex), ("base64", try_base64)]


def peel(data: bytes, depth: int):
    print(f"layer 0 (input, {len(data)} bytes):\n  {show(data)}")
    for i in range(1, depth + 1):
        for name, fn in DECODERS:
            out = fn(data)
            if out and out != data and (printable_ratio(out) > 0.6 or name in ("base64", "gzip/zlib")):
                data = out
                print(f"layer {i} via {name} ({len(data)} bytes):\n  {show(data)}")
                break
        else:
            print("no further decoding applies")
            return
    print(f"stopped at max depth {depth}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for c in ("encode", "decode"):
        p = sub.add_parser(c)
        p.add_argument("scheme", choices=["base64", "hex", "url", "rot13", "utf16le-base64"])
        p.add_argument("text")
    x = sub.add_parser("xor"); x.add_argument("--key", required=True); x.add_argument("--hex", nargs="+", required=True)
    pl = sub.add_parser("peel"); pl.add_argument("text", nargs="?"); pl.add_argument("--file"); pl.add_argument("--max-depth", type=int, default=6)
    a = ap.parse_args()

    if a.cmd == "encode":
        t = a.text.encode()
        out = {"base64": lambda: base64.b64encode(t).decode(), "hex": lambda: t.hex(),
               "url": lambda: urllib.parse.quote(a.text, safe=""), "rot13": lambda: codecs.encode(a.text, "rot13"),
               "utf16le-base64": lambda: base64.b64encode(a.text.encode("utf-16-le")).decode()}[a.scheme]()
        print(out)
    elif a.cmd == "decode":
        t = a.text.encode()
        out = {"base64": lambda: try_base64(t), "hex": lambda: try_hex(t), "url": lambda: try_url(t) or t,
               "rot13": lambda: codecs.encode(a.text, "rot13").encode(),
               "utf16le-base64": lambda: (try_base64(t) or b"").decode("utf-16-le", "replace").encode()}[a.scheme]()
        print(show(out or b"<could not decode>"))
    elif a.cmd == "xor":
        key = int(a.key, 0)
        data = bytes(int(h, 16) for h in a.hex)
        print(show(bytes(c ^ key for c in data)))
    else:
        data = open(a.file, "rb").read() if a.file else (a.text or sys.stdin.read()).encode()
        peel(data.strip(), a.max_depth)


if __name__ == "__main__":
    main()
