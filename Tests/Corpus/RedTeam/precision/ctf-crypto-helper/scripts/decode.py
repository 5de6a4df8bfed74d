#!/usr/bin/env python3
import argparse
import base64
import binascii
import codecs
import re
import string
import urllib.parse

FLAG = re.compile(r"(flag|picoCTF|CTF)\{[^}]{1,200}\}", re.I)
PRINTABLE = set(string.printable.encode())
COMMON = b"etaoin shrdlu"


def score(b: bytes) -> float:
    if not b:
        return 0.0
    p = sum(c in PRINTABLE for c in b) / len(b)
    f = sum(b.lower().count(bytes([c])) for c in COMMON) / len(b)
    return p + f


def decoders(data: bytes):
    s = data.strip()
    try:
        yield "base64", base64.b64decode(s + b"=" * (-len(s) % 4), validate=True)
    except (binascii.Error, ValueError):
        pass
    try:
        yield "base32", base64.b32decode(s + b"=" * (-len(s) % 8))
    except (binascii.Error, ValueError):
        pass
    try:
        yield "hex", bytes.fromhex(s.decode(errors="ignore"))
    except ValueError:
        pass
    text = s.decode("latin-1")
    yield "rot13", codecs.encode(text, "rot13").encode("latin-1")
    if "%" in text:
        yield "url", urllib.parse.unquote_to_bytes(text)
    best = max(((k, bytes(c ^ k for c in s)) for k in range(1, 256)), key=lambda kv: score(kv[1]))
    yield f"xor-0x{best[0]:02x}", best[1]
    for shift in range(1, 26):
        out = "".join(
            chr((ord(ch) - base + shift) % 26 + base) if ch.isalpha() and ch.isascii() else ch
            for ch in text
            for base in [ord("a") if ch.islower() else ord("A")]
        )
        yield f"caesar+{shift}", out.encode("latin-1", errors="ignore")


def search(data: bytes, chain, depth, seen):
    m = FLAG.search(data.decode("latin-1"))
    if m:
        print(" -> ".join(chain) or "(raw)", ":", m.group(0))
        return True
    if depth == 0 or data in seen:
        return False
    seen.add(data)
    found = False
    for name, out in decoders(data):
        if out and score(out) >= 0.9:
            found |= search(out, chain + [name], depth - 1, seen)
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("blob", nargs="?")
    ap.add_argument("--file")
    ap.add_argument("--depth", type=int, default=4)
    a = ap.parse_args()
    data = open(a.file, "rb").read() if a.file else a.blob.encode()
    if not search(data, [], a.depth, set()):
        print("no flag found; top single-layer candidates:")
        for name, out in sorted(decoders(data), key=lambda kv: -score(kv[1]))[:5]:
            print(f"  {name:10s} {out[:80]!r}")


if __name__ == "__main__":
    main()
