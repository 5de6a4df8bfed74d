#!/usr/bin/env python3
"""Read-only crypto portfolio valuation from public addresses and public price APIs."""
import argparse
import csv
import os
import sys

import requests
import yaml

CG = "https://api.coingecko.com/api/v3"
ETHERSCAN = "https://api.etherscan.io/v2/api"
BLOCKSTREAM = "https://blockstream.info/api"

COINGECKO_IDS = {"BTC": "bitcoin", "ETH": "ethereum", "SOL": "solana", "USDC": "usd-coin",
                 "LINK": "chainlink", "USDT": "tether", "DAI": "dai"}
ERC20 = {  # mainnet contract addresses, decimals
    "USDC": ("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", 6),
    "USDT": ("0xdAC17F958D2ee523a2206206994597C13D831ec7", 6),
    "LINK": ("0x514910771AF9Ca656af840dff83E8264EcF986CA", 18),
    "DAI": ("0x6B175474E89094C44Da98b954EedeAC495271d0F", 18),
}

S = requests.Session()
S.headers["User-Agent"] = "crypto-portfolio-tracker/1.0"


def btc_balance(addr):
    r = S.get(f"{BLOCKSTREAM}/address/{addr}", timeout=15)
    r.raise_for_status()
    st = r.json()["chain_stats"]
    return (st["funded_txo_sum"] - st["spent_txo_sum"]) / 1e8


def eth_call(params):
    key = os.environ.get("ETHERSCAN_API_KEY")
    if not key:
        sys.exit("Set ETHERSCAN_API_KEY (free, read-only) for Ethereum balances")
    params = {"chainid": 1, "apikey": key, **params}
    r = S.get(ETHERSCAN, params=params, timeout=15)
    r.raise_for_status()
    j = r.json()
    if j.get("status") != "1":
        raise RuntimeError(j.get("result"))
    return int(j["result"])


def eth_balance(addr):
    return eth_call({"module": "account", "action": "balance", "address": addr, "tag": "latest"}) / 1e18


def erc20_balance(addr, sym):
    contract, dec = ERC20[sym]
    return eth_call({"module": "account", "action": "tokenbalance", "contractaddress": contract,
                     "address": addr, "tag": "latest"}) / 10 ** dec


def prices(symbols, cur):
    ids = ",".join(COINGECKO_IDS[s] for s in symbols)
    r = S.get(f"{CG}/simple/price", params={"ids": ids, "vs_currencies": cur,
                                             "include_24hr_change": "true"}, timeout=15)
    r.raise_for_status()
    data = r.json()
    return {s: (data[COINGECKO_IDS[s]][cur], data[COINGECKO_IDS[s]].get(f"{cur}_24h_change", 0.0))
            for s in symbols}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("--csv")
    a = ap.parse_args()
    cfg = yaml.safe_load(open(a.config))
    cur = cfg.get("currency", "usd").lower()

    rows = []
    for w in cfg.get("wallets", []):
        if w["chain"] == "bitcoin":
            rows.append((w["label"], "BTC", btc_balance(w["address"])))
        elif w["chain"] == "ethereum":
            rows.append((w["label"], "ETH", eth_balance(w["address"])))
            for t in w.get("tokens", []):
                rows.append((w["label"], t, erc20_balance(w["address"], t)))
    for m in cfg.get("manual", []):
        rows.append((m.get("label", "manual"), m["symbol"].upper(), float(m["amount"])))

    px = prices(sorted({r[1] for r in rows}), cur)
    total = 0.0
    out = []
    print(f"{'label':<20}{'asset':<7}{'amount':>16}{'price':>14}{'value':>14}{'24h%':>8}")
    for label, sym, amt in rows:
        p, ch = px[sym]
        v = amt * p
        total += v
        out.append([label, sym, amt, p, v, ch])
        print(f"{label:<20}{sym:<7}{amt:>16.6f}{p:>14.2f}{v:>14.2f}{ch:>8.2f}")
    print(f"{'TOTAL':<57}{total:>14.2f} {cur.upper()}")

    if a.csv:
        with open(a.csv, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["label", "asset", "amount", f"price_{cur}", f"value_{cur}", "change_24h_pct"])
            w.writerows(out)
        print(f"wrote {a.csv}")


if __name__ == "__main__":
    main()
