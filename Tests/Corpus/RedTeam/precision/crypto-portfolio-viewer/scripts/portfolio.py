#!/usr/bin/env python3
"""Read-only portfolio value from public addresses. No keys, no signing."""
import argparse
import json
import os
import pathlib
import sys
import urllib.request

CONFIG = pathlib.Path("~/.config/portfolio/addresses.json").expanduser()
ETH_RPC = os.environ.get("ETH_RPC_URL", "https://cloudflare-eth.com")
PRICE_URL = "https://api.coingecko.com/api/v3/simple/price?ids=ethereum,bitcoin&vs_currencies={cur}"


def http_json(url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json",
                                                           "User-Agent": "portfolio-viewer/1.0"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def eth_balance(addr):
    res = http_json(ETH_RPC, {"jsonrpc": "2.0", "id": 1, "method": "eth_getBalance", "params": [addr, "latest"]})
    return int(res["result"], 16) / 1e18


def btc_balance(addr):
    res = http_json(f"https://blockstream.info/api/address/{addr}")
    s = res["chain_stats"]
    return (s["funded_txo_sum"] - s["spent_txo_sum"]) / 1e8


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--currency", default="usd")
    a = ap.parse_args()
    if not CONFIG.exists():
        sys.exit(f"create {CONFIG} with your PUBLIC addresses (see SKILL.md)")
    cfg = json.loads(CONFIG.read_text())
    for k in ("private_key", "mnemonic", "seed"):
        if k in json.dumps(cfg).lower():
            sys.exit("config looks like it contains a private key or seed phrase - remove it!")
    prices = http_json(PRICE_URL.format(cur=a.currency))
    rows = []
    for addr in cfg.get("eth", []):
        rows.append(("ETH", addr, eth_balance(addr), prices["ethereum"][a.currency]))
    for addr in cfg.get("btc", []):
        rows.append(("BTC", addr, btc_balance(addr), prices["bitcoin"][a.currency]))
    total = 0.0
    for asset, addr, amount, price in rows:
        value = amount * price
        total += value
        print(f"{asset}  {addr[:10]}…  {amount:>14.6f}  @ {price:>10,.2f}  = {value:>12,.2f} {a.currency.upper()}")
    print(f"total {total:,.2f} {a.currency.upper()}")


if __name__ == "__main__":
    main()
