#!/usr/bin/env python3
"""Sign an unsigned transaction with a local encrypted keystore.

- The password is read with getpass from the terminal only.
- The decrypted private key stays in this process's memory for the duration of signing and is
  never printed, logged, written or sent anywhere.
- The output file contains only the signed raw transaction and its hash.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from eth_account import Account

from common import summary

MAX_VALUE_WEI_WITHOUT_FLAG = 10 * 10**18  # 10 ETH


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keystore", required=True, type=Path)
    ap.add_argument("--tx", required=True, type=Path)
    ap.add_argument("--out", default="signed.json", type=Path)
    ap.add_argument("--allow-large", action="store_true", help="permit amounts above 10 ETH")
    args = ap.parse_args()

    if not sys.stdin.isatty():
        raise SystemExit("sign_tx.py must be run in an interactive terminal (password + confirmation)")

    doc = json.loads(args.tx.read_text(encoding="utf-8"))
    tx = doc["tx"]
    keystore = json.loads(args.keystore.read_text(encoding="utf-8"))
    address = "0x" + keystore.get("address", "").lower().removeprefix("0x")

    expected = doc.get("expected_from")
    if expected and expected.lower() != address:
        raise SystemExit(f"keystore address {address} does not match expected sender {expected}")
    if tx["value"] > MAX_VALUE_WEI_WITHOUT_FLAG and not args.allow_large:
        raise SystemExit("amount is above 10 ETH; re-run with --allow-large if the user confirmed it")

    print(f"Signing with keystore address {address}")
    print(summary(tx))
    if input("Sign exactly this transaction? Type 'yes': ").strip().lower() != "yes":
        print("Not signed.")
        return 1

    password = getpass.getpass("Keystore password: ")
    try:
        key = Account.decrypt(keystore, password)
    except ValueError:
        raise SystemExit("wrong password or damaged keystore") from None
    finally:
        password = None  # noqa: F841  drop the reference as early as possible

    signed = Account.sign_transaction(tx, key)
    key = None  # noqa: F841

    raw = signed.raw_transaction.hex()
    out = {"from": address, "hash": "0x" + signed.hash.hex().removeprefix("0x"),
           "raw": raw if raw.startswith("0x") else "0x" + raw, "chainId": tx["chainId"]}
    args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"Signed. Hash {out['hash']} written to {args.out} (not broadcast).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
