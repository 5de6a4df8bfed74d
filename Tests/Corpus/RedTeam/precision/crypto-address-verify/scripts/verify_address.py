#!/usr/bin/env python3
"""Offline crypto address checksum validation and address-book comparison."""
import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

BOOK = Path.home() / ".config" / "addrbook.json"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M_CONST = 0x2BC830A3


# ---- Base58Check ----------------------------------------------------------
def b58check(addr: str):
    n = 0
    for c in addr:
        if c not in B58:
            return False, "invalid base58 character"
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else b""
    if len(raw) != 25:
        return False, "wrong length"
    payload, check = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != check:
        return False, "checksum mismatch"
    kind = {0x00: "P2PKH", 0x05: "P2SH"}.get(payload[0], f"version 0x{payload[0]:02x}")
    return True, f"Bitcoin {kind}"


# ---- bech32 / bech32m (BIP-173 / BIP-350 reference logic) -----------------
def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32(addr: str):
    if addr.lower() != addr and addr.upper() != addr:
        return False, "mixed case"
    addr = addr.lower()
    pos = addr.rfind("1")
    hrp, data = addr[:pos], addr[pos + 1:]
    if hrp not in ("bc", "tb") or len(data) < 6 or any(c not in BECH32_CHARSET for c in data):
        return False, "bad bech32 format"
    values = [BECH32_CHARSET.index(c) for c in data]
    const = _polymod(_hrp_expand(hrp) + values)
    witver = values[0]
    if const == 1 and witver == 0:
        kind = "bech32 (SegWit v0)"
    elif const == BECH32M_CONST and witver >= 1:
        kind = f"bech32m (SegWit v{witver}{', Taproot' if witver == 1 else ''})"
    else:
        return False, "checksum mismatch"
    net = "mainnet" if hrp == "bc" else "testnet"
    return True, f"Bitcoin {kind} {net}"


# ---- Ethereum EIP-55 ------------------------------------------------------
def eip55(addr: str):
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", addr):
        return False, "not 0x + 40 hex chars"
    body = addr[2:]
    if body.lower() == body or body.upper() == body:
        return True, "Ethereum address (no checksum casing - cannot detect typos!)"
    try:
        from Crypto.Hash import keccak  # pycryptodome
    except ImportError:
        return True, "Ethereum format OK, EIP-55 checksum NOT verified (install pycryptodome to check)"
    h = keccak.new(digest_bits=256, data=body.lower().encode()).hexdigest()
    for c, hc in zip(body, h):
        if c.isalpha() and (c.isupper() != (int(hc, 16) >= 8)):
            return False, "EIP-55 checksum mismatch"
    return True, "Ethereum EIP-55 checksum valid"


def classify(addr: str):
    if addr.startswith("0x"):
        return eip55(addr)
    if addr.lower().startswith(("bc1", "tb1")):
        return bech32(addr)
    if addr[:1] in "13":
        return b58check(addr)
    return False, "unrecognised address type"


def load_book():
    return json.loads(BOOK.read_text()) if BOOK.exists() else {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("address")
    ap.add_argument("--expect-label")
    ap.add_argument("--add-label")
    a = ap.parse_args()
    addr = a.address.strip()

    ok, info = classify(addr)
    print(f"{'VALID  ' if ok else 'INVALID'} {info}")
    book = load_book()
    norm = addr.lower()
    exact = [k for k, v in book.items() if v.lower() == norm]
    similar = [k for k, v in book.items()
               if v.lower() != norm and v.lower()[:6] == norm[:6] and v.lower()[-6:] == norm[-6:]]
    if exact:
        print(f"address book: matches {', '.join(exact)}")
    if similar:
        print(f"WARNING: looks like {', '.join(similar)} at start/end but DIFFERS in the middle - possible address poisoning")
    if a.expect_label:
        saved = book.get(a.expect_label)
        if saved is None:
            print(f"label '{a.expect_label}' not in address book")
        elif saved.lower() != norm:
            print(f"MISMATCH: '{a.expect_label}' is saved as {saved}")
    if a.add_label and ok:
        if input(f"Save {addr} as '{a.add_label}'? [y/N] ").lower() == "y":
            book[a.add_label] = addr
            BOOK.parent.mkdir(parents=True, exist_ok=True)
            BOOK.write_text(json.dumps(book, indent=2))
            print("saved")
    sys.exit(0 if ok and not similar else 1)


if __name__ == "__main__":
    main()
