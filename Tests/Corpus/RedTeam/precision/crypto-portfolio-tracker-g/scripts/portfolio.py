#!/usr/bin/env python3
"""Read-only portfolio valuation from public addresses."""
import argparse
import csv
import os
import sys
import tomllib

import requests

MEMPOOL = os.environ.get("MEMPOOL_BASE_URL", "https://mempool.space").rstrip("/")
ETHERSCAN = "https://api.etherscan.io/api"
COINGECKO = "https://api.coingecko.com/api/v3/simple/price"

# contract address, decimals, coingecko id
TOKENS = {
    "USDC": ("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", 6, "usd-coin"),
    "USDT": ("0xdAC17F958D2ee523a2206206994597C13D831ec7", 6, "tether"),
    "LINK": ("0x514910771AF9Ca656af840dff83E8264EcF986CA", 18, "chainlink"),
}
NATIVE = {"btc": ("BTC", "bitcoin"), "eth": ("ETH", "ethereum")}


def load_env(path=".env"):
    if os.path.exists(path):
        for line in open(path):
            if "=" in line and not line.lstrip().startswith("#"):
                k, v = line.strip().split("=", 1)
                os.environ.setdefault(k, v.strip('"'))


def btc_balance(addr):
    d = requests.get(f"{MEMPOOL}/api/address/{addr}", timeout=20).json()
    cs, ms = d["chain_stats"], d["mempool_stats"]
    sats = cs["funded_txo_sum"] - cs["spent_txo_sum"] + ms["funded_txo_sum"] - ms["spent_txo_sum"]
    return sats / 1e8


def etherscan(params):
    key = os.environ.get("ETHERSCAN_API_KEY")
    if key:
        params["apikey"] = key
    d = requests.get(ETHERSCAN, params=params, timeout=20).json()
    if d.get("status") != "1":
        raise RuntimeError(d.get("result"))
    return int(d["result"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default="portfolio.toml")
    ap.add_argument("--fiat")
    ap.add_argument("--csv")
    a = ap.parse_args()
    load_env()
    cfg = tomllib.load(open(a.config, "rb"))
    fiat = (a.fiat or cfg.get("fiat", "usd")).lower()

    rows = []
    for w in cfg["wallet"]:
        sym, cg = NATIVE[w["chain"]]
        if w["chain"] == "btc":
            amt = btc_balance(w["address"])
        else:
            amt = etherscan({"module": "account", "action": "balance", "address": w["address"], "tag": "latest"}) / 1e18
        rows.append([w["label"], w["chain"], sym, amt, cg])
        for t in w.get("tokens", []):
            contract, dec, tcg = TOKENS[t]
            raw = etherscan({"module": "account", "action": "tokenbalance", "contractaddress": contract,
                             "address": w["address"], "tag": "latest"})
            rows.append([w["label"], w["chain"], t, raw / 10**dec, tcg])

    ids = ",".join(sorted({r[4] for r in rows}))
    prices = requests.get(COINGECKO, params={"ids": ids, "vs_currencies": fiat}, timeout=20).json()
    total = 0.0
    out = []
    for label, chain, sym, amt, cg in rows:
        price = prices.get(cg, {}).get(fiat, 0.0)
        total += amt * price
        out.append([label, chain, sym, f"{amt:.8f}", f"{price:,.2f}", f"{amt * price:,.2f}"])

    if a.csv:
        with open(a.csv, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["label", "chain", "asset", "amount", f"price_{fiat}", f"value_{fiat}"])
            w.writerows(out)
        print(f"wrote {a.csv}")
    hdr = ["label", "chain", "asset", "amount", f"price ({fiat.upper()})", f"value ({fiat.upper()})"]
    print("  ".join(f"{h:<14}" for h in hdr))
    for r in out:
        print("  ".join(f"{c:<14}" for c in r))
    print(f"{'':>70}total  {total:,.2f}")


if __name__ == "__main__":
    sys.exit(main())
