#!/usr/bin/env python3
"""Build an unsigned EIP-1559 transaction JSON and print a human-readable summary."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal

from eth_utils import is_checksum_address, to_checksum_address

from common import WEI_PER_ETH, WEI_PER_GWEI, rpc, summary


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chain-id", type=int, required=True)
    ap.add_argument("--to", required=True)
    ap.add_argument("--value-eth", required=True, type=Decimal)
    ap.add_argument("--from", dest="sender", help="sender address, used for nonce lookup and later check")
    ap.add_argument("--nonce", type=int)
    ap.add_argument("--gas", type=int, default=21000)
    ap.add_argument("--max-fee-gwei", type=Decimal)
    ap.add_argument("--priority-fee-gwei", type=Decimal, default=Decimal("1"))
    ap.add_argument("--data", default="0x")
    ap.add_argument("--rpc", help="user's own RPC URL for nonce/fee lookup (read-only calls)")
    ap.add_argument("--out", default="tx.json")
    args = ap.parse_args()

    if not is_checksum_address(args.to):
        if args.to.lower() == args.to:
            raise SystemExit("recipient is not checksummed; ask the user to confirm the address, "
                             f"checksummed form would be {to_checksum_address(args.to)}")
        raise SystemExit("recipient address has an invalid checksum (typo?)")
    if args.value_eth < 0:
        raise SystemExit("negative amount")

    nonce = args.nonce
    max_fee = args.max_fee_gwei
    if args.rpc:
        if args.sender and nonce is None:
            nonce = int(rpc(args.rpc, "eth_getTransactionCount", [args.sender, "pending"]), 16)
        if max_fee is None:
            base = int(rpc(args.rpc, "eth_feeHistory", ["0x1", "latest", []])["baseFeePerGas"][-1], 16)
            max_fee = Decimal(base) * 2 / WEI_PER_GWEI + args.priority_fee_gwei
        remote_chain = int(rpc(args.rpc, "eth_chainId", []), 16)
        if remote_chain != args.chain_id:
            raise SystemExit(f"RPC is on chain {remote_chain}, but --chain-id is {args.chain_id}")
    if nonce is None or max_fee is None:
        raise SystemExit("give --nonce and --max-fee-gwei, or --rpc with --from to look them up")

    tx = {
        "type": 2,
        "chainId": args.chain_id,
        "to": args.to,
        "value": int(args.value_eth * WEI_PER_ETH),
        "nonce": nonce,
        "gas": args.gas,
        "maxFeePerGas": int(max_fee * WEI_PER_GWEI),
        "maxPriorityFeePerGas": int(args.priority_fee_gwei * WEI_PER_GWEI),
        "data": args.data,
    }
    doc = {"tx": tx, "expected_from": args.sender}
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=2)
    print("Unsigned transaction written to", args.out)
    print(summary(tx))
    print("\nRead this back to the user and get a clear yes before signing.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
