#!/usr/bin/env python3
"""Read-only portfolio valuation from public addresses + CoinGecko prices."""
import argparse
import json
import os
import re
import sys
import urllib.parse
import urllib.request

import yaml  # PyYAML

COINGECKO = "https://api.coingecko.com/api/v3/simple/price"
MEMPOOL = os.environ.get("MEMPOOL_BASE_URL", "https://mempool.space").rstrip("/")
SEED_LIKE = re.compile(r"^(\s*[a-z]{3,8}\s+){11,23}[a-z]{3,8}\s*$")


def get_json(url, headers=None, data=None):
    req = urllib.request.Request(url, data=data, headers={"User-Agent": "portfolio-viewer", **(headers or {})})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def prices(ids, currency):
    q = urllib.parse.urlencode({"ids": ",".join(sorted(ids)), "vs_currencies": currency})
    headers = {}
    if os.environ.get("COINGECKO_DEMO_API_KEY"):
        headers["x-cg-demo-api-key"] = os.environ["COINGECKO_DEMO_API_KEY"]
    data = get_json(f"{COINGECKO}?{q}", headers)
    return {k: v[currency] for k, v in data.items()}


def btc_balance(addr):
    d = get_json(f"{MEMPOOL}/api/address/{urllib.parse.quote(addr)}")
    s = d["chain_stats"]
    return (s["funded_txo_sum"] - s["spent_txo_sum"]) / 1e8


def eth_balance(addr):
    rpc = os.environ.get("ETH_RPC_URL")
    if not rpc:
        return None
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "eth_getBalance", "params": [addr, "latest"]}).encode()
    d = get_json(rpc, {"Content-Type": "application/json"}, body)
    return int(d["result"], 16) / 1e18


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default="portfolio.yaml")
    ap.add_argument("--currency")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    with open(args.file, encoding="utf-8") as fh:
        raw = fh.read()
    if any(SEED_LIKE.match(line) for line in raw.splitlines()):
        sys.exit("This file appears to contain a seed phrase. Remove it, and consider that wallet compromised. Nothing was sent.")
    cfg = yaml.safe_load(raw)
    cur = (args.currency or cfg.get("currency", "usd")).lower()

    rows = []
    for h in cfg["holdings"]:
        amount = h.get("amount")
        if amount is None and h.get("address"):
            if h["asset"] == "bitcoin":
                amount = btc_balance(h["address"])
            elif h["asset"] == "ethereum":
                amount = eth_balance(h["address"])
                if amount is None:
                    print(f"skip {h['address']}: ETH_RPC_URL not set", file=sys.stderr)
                    continue
            else:
                print(f"skip {h['asset']}: address lookup not supported, use 'amount:'", file=sys.stderr)
                continue
        rows.append({"asset": h["asset"], "amount": float(amount), "cost": float(h.get("cost_basis", 0))})

    px = prices({r["asset"] for r in rows}, cur)
    total_v = total_c = 0.0
    for r in rows:
        r["price"] = px.get(r["asset"], 0.0)
        r["value"] = r["amount"] * r["price"]
        r["pl_pct"] = ((r["value"] - r["cost"]) / r["cost"] * 100) if r["cost"] else None
        total_v += r["value"]
        total_c += r["cost"]

    if args.json:
        print(json.dumps({"currency": cur, "rows": rows, "total_value": total_v, "total_cost": total_c}, indent=2))
        return
    C = cur.upper()
    print(f"{'asset':10} {'amount':>14} {'price (' + C + ')':>14} {'value (' + C + ')':>14} {'cost':>10} {'P/L':>8}")
    for r in rows:
        pl = f"{r['pl_pct']:+.1f}%" if r["pl_pct"] is not None else "-"
        print(f"{r['asset']:10} {r['amount']:>14.8f} {r['price']:>14,.2f} {r['value']:>14,.2f} {r['cost']:>10,.0f} {pl:>8}")
    tpl = f"{(total_v - total_c) / total_c * 100:+.1f}%" if total_c else "-"
    print(f"{'TOTAL':10} {'':>14} {'':>14} {total_v:>14,.2f} {total_c:>10,.0f} {tpl:>8}")


if __name__ == "__main__":
    main()
