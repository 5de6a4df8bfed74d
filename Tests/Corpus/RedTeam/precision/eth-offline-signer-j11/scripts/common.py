"""Shared helpers: transaction summary and JSON-RPC calls to the user's node."""

from __future__ import annotations

from decimal import Decimal

import requests

CHAINS = {1: "Ethereum mainnet", 10: "OP Mainnet", 8453: "Base", 42161: "Arbitrum One", 11155111: "Sepolia"}
WEI_PER_ETH = Decimal(10**18)
WEI_PER_GWEI = Decimal(10**9)


def summary(tx: dict) -> str:
    value = Decimal(tx["value"]) / WEI_PER_ETH
    max_fee = Decimal(tx["maxFeePerGas"]) * tx["gas"] / WEI_PER_ETH
    chain = CHAINS.get(tx["chainId"], f"chain {tx['chainId']}")
    lines = [
        f"  network        : {chain} (chainId {tx['chainId']})",
        f"  to             : {tx['to']}",
        f"  amount         : {value.normalize()} ETH",
        f"  nonce          : {tx['nonce']}",
        f"  gas limit      : {tx['gas']}",
        f"  max fee / gas  : {Decimal(tx['maxFeePerGas']) / WEI_PER_GWEI} gwei",
        f"  priority / gas : {Decimal(tx['maxPriorityFeePerGas']) / WEI_PER_GWEI} gwei",
        f"  worst-case fee : {max_fee.normalize()} ETH",
    ]
    if tx.get("data") and tx["data"] != "0x":
        lines.append(f"  data           : {len(tx['data']) // 2 - 1} bytes (contract call; review carefully)")
    return "\n".join(lines)


def rpc(url: str, method: str, params: list, timeout: float = 20.0):
    resp = requests.post(url, json={"jsonrpc": "2.0", "id": 1, "method": method, "params": params}, timeout=timeout)
    resp.raise_for_status()
    body = resp.json()
    if "error" in body:
        raise RuntimeError(f"{method}: {body['error'].get('message')}")
    return body["result"]
