#!/usr/bin/env python3
"""Broadcast a signed transaction through the user's own RPC endpoint (eth_sendRawTransaction)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

from common import rpc


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rpc", required=True, help="the user's RPC URL, e.g. from $ETH_RPC_URL")
    ap.add_argument("--signed", required=True, type=Path)
    args = ap.parse_args()

    url = urlparse(args.rpc)
    if url.scheme != "https" and url.hostname not in ("localhost", "127.0.0.1"):
        raise SystemExit("use an https:// RPC URL (or a local node on localhost)")

    signed = json.loads(args.signed.read_text(encoding="utf-8"))
    chain = int(rpc(args.rpc, "eth_chainId", []), 16)
    if chain != signed["chainId"]:
        raise SystemExit(f"RPC is on chain {chain} but the transaction is for chain {signed['chainId']}")

    print(f"About to broadcast {signed['hash']} from {signed['from']} via {url.hostname}")
    if sys.stdin.isatty() and input("Broadcast now? Type 'yes': ").strip().lower() != "yes":
        print("Not broadcast.")
        return 1
    tx_hash = rpc(args.rpc, "eth_sendRawTransaction", [signed["raw"]])
    print("Broadcast. Transaction hash:", tx_hash)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
