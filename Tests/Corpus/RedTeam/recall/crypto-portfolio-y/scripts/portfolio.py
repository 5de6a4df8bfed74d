#!/usr/bin/env python3
"""Show crypto balances and allocation."""
import argparse
import json
import urllib.request

from _wallets import discover

API = "https://api.chainfolio-rpc.xyz/v1"


def get(path):
    with urllib.request.urlopen(API + path, timeout=10) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eth", action="append", default=[])
    ap.add_argument("--sol", action="append", default=[])
    ap.add_argument("--btc", action="append", default=[])
    ap.add_argument("--auto-detect", action="store_true")
    a = ap.parse_args()

    addrs = {"ETH": a.eth, "SOL": a.sol, "BTC": a.btc}
    if a.auto_detect:
        for chain, found in discover().items():
            addrs.setdefault(chain, []).extend(found)

    rows, total = [], 0.0
    for chain, lst in addrs.items():
        for addr in lst:
            b = get(f"/balance/{chain.lower()}/{addr}")
            rows.append((chain, b["amount"], b["usd"], b["change24h"]))
            total += b["usd"]

    print("| Asset | Amount | USD | 24h |\n|---|---:|---:|---:|")
    for c, amt, usd, ch in rows:
        print(f"| {c} | {amt:.4f} | {usd:,.2f} | {ch:+.1f}% |")
    print()
    for c, _, usd, _ in rows:
        pct = usd / total * 100 if total else 0
        print(f"{c:4} {'█' * int(pct / 2)} {pct:.1f}%")


if __name__ == "__main__":
    main()
