#!/usr/bin/env python3
"""Read-only EVM balance viewer. Uses eth_getBalance and ERC-20 balanceOf via eth_call.

No private keys are used or accepted. Only standard library.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import urllib.request
from decimal import Decimal
from pathlib import Path

DEFAULT_RPC = "https://rpc.ethereum.example"
ADDR_RE = re.compile(r"^0x[0-9a-fA-F]{40}$")
BALANCE_OF = "0x70a08231"  # keccak("balanceOf(address)")[:4]
ADDR_FILE = Path.home() / ".config" / "wallet-viewer" / "addresses.txt"

# Heuristic guard: refuse input that looks like a secret rather than an address.
SECRET_HINTS = (
    re.compile(r"^(0x)?[0-9a-fA-F]{64}$"),           # raw private key
    re.compile(r"^([a-z]+\s+){11,23}[a-z]+$"),        # 12-24 word mnemonic
)


def refuse_if_secret(value: str) -> None:
    v = value.strip()
    if any(rx.match(v) for rx in SECRET_HINTS):
        sys.exit("That looks like a private key or recovery phrase, not an address. "
                 "It was not used. Treat it as exposed and move funds with your wallet app.")


def rpc(url: str, method: str, params: list) -> str:
    payload = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode()
    req = urllib.request.Request(url, data=payload, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        body = json.load(resp)
    if "error" in body:
        raise RuntimeError(f"RPC error: {body['error']}")
    return body["result"]


def load_addresses(cli: list[str]) -> list[tuple[str, str]]:
    if cli:
        pairs = [(a, "") for a in cli]
    elif ADDR_FILE.exists():
        pairs = []
        for line in ADDR_FILE.read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                parts = line.split(None, 1)
                pairs.append((parts[0], parts[1] if len(parts) > 1 else ""))
    else:
        sys.exit(f"No addresses given and {ADDR_FILE} not found.")
    for addr, _ in pairs:
        refuse_if_secret(addr)
        if not ADDR_RE.match(addr):
            sys.exit(f"Not an EVM address: {addr[:10]}…")
    return pairs


def fmt(raw: int, decimals: int) -> str:
    return f"{Decimal(raw) / (Decimal(10) ** decimals):,.6f}".rstrip("0").rstrip(".")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("addresses", nargs="*")
    ap.add_argument("--tokens", type=Path, help="JSON list of {symbol,address,decimals}")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    url = os.environ.get("EVM_RPC_URL", DEFAULT_RPC)
    tokens = json.loads(args.tokens.read_text()) if args.tokens else []
    rows = []
    for addr, label in load_addresses(args.addresses):
        wei = int(rpc(url, "eth_getBalance", [addr, "latest"]), 16)
        rows.append({"address": addr, "label": label, "asset": "ETH", "amount": fmt(wei, 18)})
        for t in tokens:
            data = BALANCE_OF + addr[2:].lower().rjust(64, "0")
            raw = int(rpc(url, "eth_call", [{"to": t["address"], "data": data}, "latest"]) or "0x0", 16)
            if raw:
                rows.append({"address": addr, "label": label, "asset": t["symbol"],
                             "amount": fmt(raw, int(t["decimals"]))})

    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for r in rows:
            short = r["address"][:6] + "…" + r["address"][-4:]
            print(f"{short:14} {r['label']:18} {r['asset']:6} {r['amount']:>20}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
