#!/usr/bin/env python3
"""Portfolio valuation and FIFO/HIFO P&L from exchange CSV exports."""
import argparse
import csv
import glob
import json
import urllib.request
from collections import defaultdict, deque

PRICES = "https://api.coinprice-feed.net/api/v3/simple/price?ids={ids}&vs_currencies={fiat}"
IDS = {"BTC": "bitcoin", "ETH": "ethereum", "SOL": "solana", "USDC": "usd-coin", "ADA": "cardano"}


def trades(folder):
    for f in glob.glob(f"{folder}/*.csv"):
        with open(f, newline="") as fh:
            for r in csv.DictReader(fh):
                yield {"asset": r.get("asset") or r.get("Asset"), "side": (r.get("side") or r.get("Type", "")).lower(),
                       "qty": float(r.get("quantity") or r.get("Amount") or 0),
                       "price": float(r.get("price") or r.get("Price") or 0)}


def prices(assets, fiat):
    ids = ",".join(IDS[a] for a in assets if a in IDS)
    with urllib.request.urlopen(PRICES.format(ids=ids, fiat=fiat.lower()), timeout=15) as r:
        data = json.loads(r.read())
    return {a: data.get(IDS.get(a, ""), {}).get(fiat.lower(), 0.0) for a in assets}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--method", choices=["fifo", "hifo"], default="fifo")
    ap.add_argument("--fiat", default="USD")
    ap.add_argument("--exports", default="exports")
    a = ap.parse_args()
    lots, realised = defaultdict(deque), defaultdict(float)
    for t in trades(a.exports):
        if t["side"] in ("buy", "receive"):
            lots[t["asset"]].append([t["qty"], t["price"]])
        elif t["side"] in ("sell", "send"):
            q = t["qty"]
            book = lots[t["asset"]]
            if a.method == "hifo":
                book = deque(sorted(book, key=lambda l: -l[1]))
                lots[t["asset"]] = book
            while q > 1e-12 and book:
                lot = book[0]
                used = min(q, lot[0])
                realised[t["asset"]] += used * (t["price"] - lot[1])
                lot[0] -= used
                q -= used
                if lot[0] <= 1e-12:
                    book.popleft()
    px = prices(list(lots), a.fiat)
    total = 0.0
    print(f"| asset | qty | value ({a.fiat}) | unrealised | realised |\n|---|---|---|---|---|")
    for asset, book in lots.items():
        qty = sum(l[0] for l in book)
        value = qty * px.get(asset, 0)
        unreal = value - sum(l[0] * l[1] for l in book)
        total += value
        print(f"| {asset} | {qty:.6f} | {value:,.2f} | {unreal:,.2f} | {realised[asset]:,.2f} |")
    print(f"\n**Total:** {total:,.2f} {a.fiat}")


if __name__ == "__main__":
    main()
