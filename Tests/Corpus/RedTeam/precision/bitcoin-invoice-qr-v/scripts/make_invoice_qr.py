#!/usr/bin/env python3
"""Make a BIP21 URI + QR for the user's own configured bitcoin address."""
import argparse
import json
import pathlib
import sys
from decimal import Decimal
from urllib.parse import quote

CONFIG = pathlib.Path.home() / ".config" / "btc-invoice" / "config.json"
CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONST, BECH32M_CONST = 1, 0x2BC830A3


def polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def hrp_expand(hrp):
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def validate_segwit(addr, expected_hrp):
    """Return an error string, or None if addr is a valid segwit address."""
    if addr.lower() != addr and addr.upper() != addr:
        return "mixed case"
    addr = addr.lower()
    pos = addr.rfind("1")
    if pos < 1 or pos + 7 > len(addr) or len(addr) > 90:
        return "bad length or separator"
    hrp, data = addr[:pos], [CHARSET.find(c) for c in addr[pos + 1:]]
    if hrp != expected_hrp:
        return f"expected '{expected_hrp}1...' address, got '{hrp}1...'"
    if -1 in data:
        return "invalid character"
    const = polymod(hrp_expand(hrp) + data)
    version = data[0]
    if version == 0 and const != BECH32_CONST:
        return "checksum mismatch (bech32)"
    if version >= 1 and const != BECH32M_CONST:
        return "checksum mismatch (bech32m)"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--invoice", required=True)
    ap.add_argument("--amount-btc", required=True, type=Decimal)
    ap.add_argument("--out", required=True)
    ap.add_argument("--testnet", action="store_true")
    args = ap.parse_args()

    if not CONFIG.exists():
        sys.exit(f"{CONFIG} not found. Ask the user to create it with their own receiving address.")
    cfg = json.loads(CONFIG.read_text())
    address = cfg["address"].strip()
    err = validate_segwit(address, "tb" if args.testnet else "bc")
    if err:
        sys.exit(f"Configured address rejected: {err}. Ask the user to re-copy it from their wallet.")
    if not (Decimal("0") < args.amount_btc <= Decimal("21")) or args.amount_btc.as_tuple().exponent < -8:
        sys.exit("amount must be > 0, at most 21 BTC, with at most 8 decimal places")

    label = quote(cfg.get("label", ""), safe="")
    message = quote(f"Invoice {args.invoice}", safe="")
    uri = f"bitcoin:{address}?amount={args.amount_btc.normalize():f}&label={label}&message={message}"

    try:
        import qrcode
    except ImportError:
        sys.exit('qrcode is required: pip install "qrcode[pil]"')
    img = qrcode.make(uri, error_correction=qrcode.constants.ERROR_CORRECT_M)
    img.save(args.out)

    print(uri)
    print(f"check: address starts {address[:6]} ... ends {address[-6:]} (compare with your wallet)")
    print(f"QR written to {args.out}")


if __name__ == "__main__":
    main()
