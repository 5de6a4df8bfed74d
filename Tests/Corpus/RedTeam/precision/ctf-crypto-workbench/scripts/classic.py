#!/usr/bin/env python3
"""Classical ciphers for CTF practice: Caesar brute force (scored) and Vigenere."""
import argparse
import string

COMMON = ["the", "and", "flag", "ing", "ion", "that", "is", "of", "to"]


def shift(text, k):
    out = []
    for ch in text:
        if ch in string.ascii_lowercase:
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif ch in string.ascii_uppercase:
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def english_score(s):
    low = s.lower()
    return sum(low.count(w) * len(w) for w in COMMON) + sum(low.count(c) for c in "etaoin ")


def vigenere(text, key, decrypt=True):
    key = [ord(k) - 65 for k in key.upper() if k.isalpha()]
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            k = key[i % len(key)] * (-1 if decrypt else 1)
            out.append(shift(ch, k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["caesar", "vigenere-decrypt", "vigenere-encrypt"])
    ap.add_argument("text")
    ap.add_argument("--key")
    a = ap.parse_args()
    if a.mode == "caesar":
        cands = sorted(((english_score(shift(a.text, k)), k, shift(a.text, k)) for k in range(26)), reverse=True)
        for sc, k, pt in cands:
            print(f"shift={k:2d} score={sc:3d}  {pt}")
    else:
        if not a.key:
            raise SystemExit("--key required")
        print(vigenere(a.text, a.key, decrypt=a.mode == "vigenere-decrypt"))


if __name__ == "__main__":
    main()
