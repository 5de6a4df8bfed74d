#!/usr/bin/env python3
"""CTF decoding helpers: peel, xor1, xorkey, caesar, vigenere.

Examples:
    python3 ctf_decode.py peel 'ZmxhZ3t0ZXN0fQ=='
    python3 ctf_decode.py xor1 --hex 1b37373331363f78151b7f2b783431333d
    python3 ctf_decode.py xorkey --hex 0a0b0c --key 'key'
    python3 ctf_decode.py caesar 'synt{ebg13}'
    python3 ctf_decode.py vigenere --decrypt --key LEMON 'LXFOPVEFRNHR'
"""
from __future__ import annotations

import argparse
import base64
import binascii
import re
import string
import sys
from urllib.parse import unquote

FLAG_RX = re.compile(rb"[A-Za-z0-9_]{2,16}\{[^{}\s]{3,100}\}")
ENGLISH_FREQ = {
    "a": 8.2, "b": 1.5, "c": 2.8, "d": 4.3, "e": 12.7, "f": 2.2, "g": 2.0, "h": 6.1, "i": 7.0,
    "j": 0.15, "k": 0.77, "l": 4.0, "m": 2.4, "n": 6.7, "o": 7.5, "p": 1.9, "q": 0.095, "r": 6.0,
    "s": 6.3, "t": 9.1, "u": 2.8, "v": 0.98, "w": 2.4, "x": 0.15, "y": 2.0, "z": 0.074, " ": 13.0,
}


def english_score(b: bytes) -> float:
    if not b:
        return 0.0
    score = 0.0
    for ch in b.lower():
        c = chr(ch)
        if c in ENGLISH_FREQ:
            score += ENGLISH_FREQ[c]
        elif ch < 9 or (13 < ch < 32) or ch > 126:
            score -= 10
    return score / len(b)


def printable_ratio(b: bytes) -> float:
    return sum(32 <= c < 127 or c in (9, 10, 13) for c in b) / max(1, len(b))


def rot13(b: bytes) -> bytes:
    return b.decode("latin-1").translate(str.maketrans(
        string.ascii_lowercase + string.ascii_uppercase,
        string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
        + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])).encode("latin-1")


def try_decoders(data: bytes):
    s = data.strip()
    if re.fullmatch(rb"(?:[0-9a-fA-F]{2})+", s):
        yield "hex", binascii.unhexlify(s)
    if re.fullmatch(rb"[A-Z2-7]+=*", s) and len(s) % 8 == 0:
        try:
            yield "base32", base64.b32decode(s)
        except binascii.Error:
            pass
    if re.fullmatch(rb"[A-Za-z0-9+/]+={0,2}", s) and len(s) % 4 == 0:
        try:
            yield "base64", base64.b64decode(s, validate=True)
        except binascii.Error:
            pass
    if re.fullmatch(rb"[A-Za-z0-9\-_]+={0,2}", s) and len(s) % 4 == 0:
        try:
            yield "base64url", base64.urlsafe_b64decode(s)
        except binascii.Error:
            pass
    if b"%" in s:
        yield "url", unquote(s.decode("latin-1")).encode("latin-1")
    if re.fullmatch(rb"[A-Za-z{}_0-9\s]+", s):
        yield "rot13", rot13(s)


def peel(data: bytes, max_depth: int = 12) -> list[tuple[str, bytes]]:
    chain: list[tuple[str, bytes]] = [("input", data)]
    for _ in range(max_depth):
        cur = chain[-1][1]
        if FLAG_RX.search(cur) and chain[-1][0] != "input":
            break
        best = None
        for name, out in try_decoders(cur):
            if not out or out == cur or printable_ratio(out) < 0.85:
                continue
            bonus = 100 if FLAG_RX.search(out) else 0
            score = english_score(out) + bonus
            if name == "rot13" and not FLAG_RX.search(out):
                score -= 5  # only prefer rot13 when it clearly helps
            if best is None or score > best[0]:
                best = (score, name, out)
        if best is None:
            break
        chain.append((best[1], best[2]))
    return chain


def xor_bytes(data: bytes, key: bytes) -> bytes:
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))


def caesar(text: str, shift: int) -> str:
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text: str, key: str, decrypt: bool) -> str:
    out, ki = [], 0
    key = [ord(k.upper()) - 65 for k in key if k.isalpha()]
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            k = key[ki % len(key)] * (-1 if decrypt else 1)
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


def read_input(args) -> bytes:
    if getattr(args, "hex", None):
        return bytes.fromhex(args.hex)
    if getattr(args, "file", None):
        return open(args.file, "rb").read()
    return args.text.encode()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("peel"); p.add_argument("text", nargs="?"); p.add_argument("--file")
    x = sub.add_parser("xor1"); x.add_argument("--hex", required=True); x.add_argument("--top", type=int, default=3)
    k = sub.add_parser("xorkey"); k.add_argument("--hex", required=True); k.add_argument("--key", required=True)
    c = sub.add_parser("caesar"); c.add_argument("text")
    v = sub.add_parser("vigenere"); v.add_argument("text"); v.add_argument("--key", required=True)
    v.add_argument("--decrypt", action="store_true")
    a = ap.parse_args()

    if a.cmd == "peel":
        for i, (name, out) in enumerate(peel(read_input(a))):
            print(f"[{i}] {name:<10} {out[:200]!r}")
    elif a.cmd == "xor1":
        data = bytes.fromhex(a.hex)
        ranked = sorted(((english_score(xor_bytes(data, bytes([k]))), k) for k in range(256)), reverse=True)
        for score, key in ranked[: a.top]:
            print(f"key=0x{key:02x} score={score:6.2f} {xor_bytes(data, bytes([key]))[:120]!r}")
    elif a.cmd == "xorkey":
        print(repr(xor_bytes(bytes.fromhex(a.hex), a.key.encode())))
    elif a.cmd == "caesar":
        for s in range(1, 26):
            print(f"shift {s:2d}: {caesar(a.text, s)}")
    elif a.cmd == "vigenere":
        print(vigenere(a.text, a.key, a.decrypt))
    return 0


if __name__ == "__main__":
    sys.exit(main())
