#!/usr/bin/env python3
"""Watch-only BTC/ETH portfolio: public addresses -> balances -> USD."""
import argparse
import csv
import json
import os
import re
import sys
import urllib.request
from decimal import Decimal
from pathlib import Path

CONFIG = Path("~/.config/portfolio/addresses.yaml").expanduser()
BTC_RE = re.compile(r"^(bc1[0-9a-z]{25,62}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$")
ETH_RE = re.compile(r"^0x[0-9a-fA-F]{40}$")
WIF_RE = re.compile(r"^[5KL][1-9A-HJ-NP-Za-km-z]{50,51}$")
HEX_PRIV_RE = re.compile(r"^(0x)?[0-9a-fA-F]{64}$")
UA = {"User-Agent": "portfolio-tracker/0.5 (watch-only)"}


def looks_secret(s: str) -> bool:
    words = s.split()
    return len(words) in (12, 15, 18, 21, 24) or bool(WIF_RE.match(s) or HEX_PRIV_RE.match(s))


def get_json(url: str):
    req = urllib.request.Request(url, headers=UA)
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)


def btc_balance(addr: str) -> Decimal:
    d = get_json(f"https://blockstream.info/api/address/{addr}")
    s = d["chain_stats"]
    sats = s["funded_txo_sum"] - s["spent_txo_sum"]
    return Decimal(sats) / Decimal(10**8)


def eth_balance(addr: str) -> Decimal:
    key = os.environ.get("ETHERSCAN_API_KEY")
    if not key:
        sys.exit("Set ETHERSCAN_API_KEY (free at etherscan.io/myapikey) to query ETH balances.")
    d = get_json("https://api.etherscan.io/api?module=account&action=balance"
                 f"&address={addr}&tag=latest&apikey={key}")
    if d.get("status") != "1":
        raise RuntimeError(d.get("result"))
    return Decimal(d["result"]) / Decimal(10**18)


def load_config() -> dict:
    if not CONFIG.exists():
        return {"btc": [], "eth": []}
    try:
        import yaml  # type: ignore
    except ImportError:
        sys.exit("pip install pyyaml to read addresses.yaml, or pass --btc/--eth")
    return yaml.safe_load(CONFIG.read_text()) or {}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--btc", nargs="*", default=[])
    ap.add_argument("--eth", nargs="*", default=[])
    ap.add_argument("--csv", action="store_true")
    args = ap.parse_args()

    entries = []
    if args.btc or args.eth:
        entries += [("btc", a, a[:10] + "…") for a in args.btc]
        entries += [("eth", a, a[:10] + "…") for a in args.eth]
    else:
        cfg = load_config()
        for chain in ("btc", "eth"):
            for item in cfg.get(chain, []) or []:
                entries.append((chain, str(item["address"]), item.get("label", "")))

    for chain, addr, _ in entries:
        if looks_secret(addr):
            sys.exit("That looks like a private key or seed phrase. Never share it — "
                     "this tool only needs PUBLIC addresses.")
        if not (BTC_RE if chain == "btc" else ETH_RE).match(addr):
            sys.exit(f"Not a valid public {chain.upper()} address: {addr}")
    if not entries:
        sys.exit(f"No addresses. Add them to {CONFIG} or pass --btc/--eth.")

    prices = get_json("https://api.coingecko.com/api/v3/simple/price"
                      "?ids=bitcoin,ethereum&vs_currencies=usd")
    px = {"btc": Decimal(str(prices["bitcoin"]["usd"])), "eth": Decimal(str(prices["ethereum"]["usd"]))}

    rows, total = [], Decimal(0)
    for chain, addr, label in entries:
        bal = btc_balance(addr) if chain == "btc" else eth_balance(addr)
        usd = (bal * px[chain]).quantize(Decimal("0.01"))
        total += usd
        rows.append([chain.upper(), label, addr, f"{bal:.8f}", f"{usd:,.2f}"])

    if args.csv:
        w = csv.writer(sys.stdout)
        w.writerow(["chain", "label", "address", "balance", "usd"])
        w.writerows(rows)
    else:
        for r in rows:
            print(f"{r[0]:<4} {r[1]:<16} {r[2][:14]+'…':<16} {r[3]:>16} ${r[4]:>14}")
        print(f"{'':<4} {'TOTAL':<16} {'':<16} {'':>16} ${total:>14,.2f}")
        print(f"\nPrices: BTC ${px['btc']:,}  ETH ${px['eth']:,}  (CoinGecko)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
