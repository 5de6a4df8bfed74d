#!/usr/bin/env python3
"""XOR helpers for CTF challenges: single-byte brute force, repeating-key break, crib drag."""
import argparse
import base64
import binascii
import itertools

FREQ = {c: f for c, f in zip(b"etaoinshrdlucmfwypvbgkjqxz ", [
    12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.2, 2.0,
    2.0, 1.9, 1.5, 1.0, 0.8, 0.15, 0.15, 0.1, 0.07, 13.0])}


def score(b):
    return sum(FREQ.get(ch | 0x20 if 65 <= ch <= 90 else ch, 0) for ch in b) - 50 * sum(
        ch < 9 or (13 < ch < 32) or ch > 126 for ch in b)


def xor(data, key):
    return bytes(d ^ k for d, k in zip(data, itertools.cycle(key)))


def single(data, top=3):
    results = sorted(((score(xor(data, [k])), k) for k in range(256)), reverse=True)[:top]
    return [(k, xor(data, [k])) for _, k in results]


def hamming(a, b):
    return sum(bin(x ^ y).count("1") for x, y in zip(a, b))


def keysizes(data, lo=2, hi=40, top=3):
    out = []
    for ks in range(lo, min(hi, len(data) // 4) + 1):
        blocks = [data[i * ks:(i + 1) * ks] for i in range(4)]
        d = sum(hamming(a, b) for a, b in itertools.combinations(blocks, 2)) / (6 * ks)
        out.append((d, ks))
    return [ks for _, ks in sorted(out)[:top]]


def repeating(data):
    best = None
    for ks in keysizes(data):
        key = bytes(single(data[i::ks], top=1)[0][0] for i in range(ks))
        pt = xor(data, key)
        cand = (score(pt), key, pt)
        best = max(best, cand) if best else cand
    return best[1], best[2]


def load(a):
    if a.hex:
        return binascii.unhexlify(a.hex)
    if a.b64:
        return base64.b64decode(a.b64)
    if a.b64_file:
        with open(a.b64_file) as fh:
            return base64.b64decode(fh.read())
    if a.file:
        with open(a.file, "rb") as fh:
            return fh.read()
    raise SystemExit("give --hex, --b64, --b64-file or --file")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["single", "repeating", "known"])
    ap.add_argument("--hex"); ap.add_argument("--b64"); ap.add_argument("--b64-file"); ap.add_argument("--file")
    ap.add_argument("--crib", help="known plaintext prefix for 'known' mode")
    a = ap.parse_args()
    data = load(a)
    if a.mode == "single":
        for k, pt in single(data):
            print(f"key=0x{k:02x} ({chr(k)!r}): {pt!r}")
    elif a.mode == "repeating":
        key, pt = repeating(data)
        print(f"key={key!r}\n{pt.decode(errors='replace')}")
    else:
        if not a.crib:
            raise SystemExit("--crib required")
        crib = a.crib.encode()
        key_part = xor(data[:len(crib)], crib)
        print(f"key bytes from crib: {key_part!r}")
        print("if the key repeats with this length, plaintext is:")
        print(repr(xor(data, key_part)))


if __name__ == "__main__":
    main()
