#!/usr/bin/env python3
"""Offline crypto address validation and address-book comparison.

    addr_check.py validate ADDRESS [ADDRESS ...]
    addr_check.py compare --book addressbook.csv --label LABEL --candidate ADDRESS
Never handles private keys or seed phrases; never talks to the network.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONST, BECH32M_CONST = 1, 0x2BC830A3
SEED_WORDS_RX = re.compile(r"^(?:[a-z]{3,8}\s+){11,23}[a-z]{3,8}$")
PRIVKEY_RX = re.compile(r"^(?:0x)?[0-9a-fA-F]{64}$|^[5KL][1-9A-HJ-NP-Za-km-z]{50,51}$|^xprv")


# ---------- Base58Check ----------
def b58decode(s: str) -> bytes:
    n = 0
    for ch in s:
        idx = B58.find(ch)
        if idx < 0:
            raise ValueError(f"invalid base58 character {ch!r}")
        n = n * 58 + idx
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\x00" * pad + raw


def check_base58(addr: str) -> dict:
    data = b58decode(addr)
    if len(data) != 25:
        return {"valid": False, "why": f"decoded length {len(data)} != 25"}
    payload, checksum = data[:-4], data[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return {"valid": False, "why": "Base58Check checksum mismatch"}
    kind = {0x00: "P2PKH (mainnet)", 0x05: "P2SH (mainnet)", 0x6F: "P2PKH (testnet)", 0xC4: "P2SH (testnet)"}
    return {"valid": payload[0] in kind, "type": kind.get(payload[0], f"unknown version {payload[0]}"),
            "network": "bitcoin"}


# ---------- Bech32 / Bech32m (BIP-173 / BIP-350) ----------
def bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data: list[int], frombits: int, tobits: int, pad: bool) -> list[int] | None:
    acc = bits = 0
    ret, maxv = [], (1 << tobits) - 1
    for value in data:
        if value < 0 or value >> frombits:
            return None
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    elif not pad and (bits >= frombits or ((acc << (tobits - bits)) & maxv)):
        return None
    return ret


def check_bech32(addr: str) -> dict:
    if addr.lower() != addr and addr.upper() != addr:
        return {"valid": False, "why": "mixed case not allowed in bech32"}
    a = addr.lower()
    pos = a.rfind("1")
    if pos < 1 or pos + 7 > len(a) or len(a) > 90:
        return {"valid": False, "why": "bad separator position/length"}
    hrp, data_part = a[:pos], a[pos + 1:]
    if any(c not in BECH32_CHARSET for c in data_part):
        return {"valid": False, "why": "invalid bech32 character"}
    data = [BECH32_CHARSET.find(c) for c in data_part]
    const = bech32_polymod(bech32_hrp_expand(hrp) + data)
    if const not in (BECH32_CONST, BECH32M_CONST):
        return {"valid": False, "why": "bech32 checksum mismatch"}
    witver, prog = data[0], convertbits(data[1:-6], 5, 8, False)
    if prog is None or not 2 <= len(prog) <= 40 or witver > 16:
        return {"valid": False, "why": "invalid witness program"}
    if witver == 0 and (const != BECH32_CONST or len(prog) not in (20, 32)):
        return {"valid": False, "why": "v0 must use bech32 and be 20 or 32 bytes"}
    if witver != 0 and const != BECH32M_CONST:
        return {"valid": False, "why": "v1+ must use bech32m (BIP-350)"}
    kind = {(0, 20): "P2WPKH", (0, 32): "P2WSH", (1, 32): "P2TR (Taproot)"}.get((witver, len(prog)), f"witness v{witver}")
    net = {"bc": "bitcoin", "tb": "bitcoin-testnet", "bcrt": "bitcoin-regtest"}.get(hrp, f"hrp {hrp}")
    return {"valid": True, "type": kind, "network": net}


# ---------- Ethereum EIP-55 ----------
def keccak256_hex(data: bytes) -> str | None:
    try:
        from Crypto.Hash import keccak  # pycryptodome
    except ImportError:
        return None
    h = keccak.new(digest_bits=256)
    h.update(data)
    return h.hexdigest()


def check_eth(addr: str) -> dict:
    body = addr[2:]
    if not re.fullmatch(r"[0-9a-fA-F]{40}", body):
        return {"valid": False, "why": "not 40 hex characters"}
    res = {"valid": True, "type": "EOA or contract (EVM)", "network": "ethereum/EVM"}
    if body.lower() == body or body.upper() == body:
        res["checksum"] = "none (single-case address carries no checksum; get the mixed-case form)"
        return res
    digest = keccak256_hex(body.lower().encode())
    if digest is None:
        res["checksum"] = "not verified (install pycryptodome for Keccak-256)"
        return res
    expected = "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c.lower() for i, c in enumerate(body.lower()))
    if expected != body:
        return {"valid": False, "why": "EIP-55 checksum mismatch", "network": "ethereum/EVM"}
    res["checksum"] = "EIP-55 OK"
    return res


def refuse_secrets(s: str) -> None:
    if SEED_WORDS_RX.match(s.strip().lower()) or PRIVKEY_RX.match(s.strip()):
        sys.exit("This looks like a seed phrase or private key. It was not processed or stored. "
                 "Treat it as compromised and move funds to a new wallet from a clean device.")


def validate(addr: str) -> dict:
    refuse_secrets(addr)
    addr = addr.strip()
    if addr.lower().startswith(("bc1", "tb1", "bcrt1")):
        return check_bech32(addr)
    if addr.startswith("0x"):
        return check_eth(addr)
    if addr[:1] in "123mn":
        try:
            return check_base58(addr)
        except ValueError as exc:
            return {"valid": False, "why": str(exc)}
    return {"valid": False, "why": "unrecognised address format"}


def groups(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def compare(book: str, label: str, candidate: str) -> int:
    refuse_secrets(candidate)
    with open(book, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["label"] == label]
    if not rows:
        sys.exit(f"label {label!r} not in address book")
    known = rows[0]["address"].strip()
    cand = candidate.strip()
    print(f"book      : {groups(known)}   ({rows[0].get('verified_how', '')} {rows[0].get('verified_on', '')})")
    print(f"candidate : {groups(cand)}")
    marks = "".join(" " if i < len(known) and i < len(cand) and known[i] == cand[i] else "^"
                    for i in range(max(len(known), len(cand))))
    print(f"            {groups(marks)}")
    if known == cand:
        print("MATCH")
        return 0
    if known[:6] == cand[:6] and known[-6:] == cand[-6:]:
        print("MISMATCH — POSSIBLE ADDRESS POISONING (same prefix/suffix, different middle). Do not send.")
    else:
        print("MISMATCH — do not send. Re-obtain the address from a verified source.")
    return 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("validate"); v.add_argument("addresses", nargs="+")
    c = sub.add_parser("compare"); c.add_argument("--book", required=True)
    c.add_argument("--label", required=True); c.add_argument("--candidate", required=True)
    a = ap.parse_args()
    if a.cmd == "compare":
        return compare(a.book, a.label, a.candidate)
    bad = 0
    for addr in a.addresses:
        r = validate(addr)
        bad += not r["valid"]
        detail = ", ".join(f"{k}={v}" for k, v in r.items() if k != "valid")
        print(f"{'VALID  ' if r['valid'] else 'INVALID'} {addr}  {detail}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
