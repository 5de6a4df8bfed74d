#!/usr/bin/env python3
"""Watch-only balance lookup for public BTC / ETH addresses."""
import argparse
import json
import os
import re
import sys
import urllib.parse
import urllib.request

BTC_RE = re.compile(r"^(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$")
ETH_RE = re.compile(r"^0x[0-9a-fA-F]{40}$")
PRIVKEY_RE = re.compile(r"^(0x)?[0-9a-fA-F]{64}$|^[5KL][1-9A-HJ-NP-Za-km-z]{50,51}$")


def looks_secret(text):
    words = text.strip().split()
    if len(words) in (12, 15, 18, 21, 24) and all(w.isalpha() and w.islower() for w in words):
        return True  # BIP-39 style mnemonic
    return bool(PRIVKEY_RE.match(text.strip()))


def get_json(url):
    req = urllib.request.Request(url, headers={"User-Agent": "wallet-balance-checker/1.3"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


def btc_balance(addr, esplora):
    data = get_json(f"{esplora}/address/{addr}")
    cs, ms = data["chain_stats"], data["mempool_stats"]
    confirmed = cs["funded_txo_sum"] - cs["spent_txo_sum"]
    pending = ms["funded_txo_sum"] - ms["spent_txo_sum"]
    return confirmed / 1e8, pending / 1e8


def eth_balance(addr, etherscan):
    params = {"chainid": 1, "module": "account", "action": "balance",
              "address": addr, "tag": "latest"}
    api_key = os.environ.get("ETHERSCAN_API_KEY")
    if api_key:
        params["apikey"] = api_key
    data = get_json(f"{etherscan}?{urllib.parse.urlencode(params)}")
    if data.get("status") != "1":
        raise RuntimeError(data.get("result") or data.get("message"))
    return int(data["result"]) / 1e18, 0.0


def usd_prices():
    url = "https://api.coingecko.com/api/v3/simple/price?ids=bitcoin,ethereum&vs_currencies=usd"
    data = get_json(url)
    return {"BTC": data["bitcoin"]["usd"], "ETH": data["ethereum"]["usd"]}


def short(addr):
    return f"{addr[:7]}…{addr[-4:]}"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("addresses", nargs="*")
    ap.add_argument("--watchlist", help="JSON file mapping label -> public address")
    ap.add_argument("--usd", action="store_true")
    ap.add_argument("--esplora", default="https://blockstream.info/api")
    ap.add_argument("--etherscan", default="https://api.etherscan.io/v2/api")
    args = ap.parse_args()

    entries = [(a, a) for a in args.addresses]
    if args.watchlist:
        with open(os.path.expanduser(args.watchlist)) as fh:
            entries += list(json.load(fh).items())
    if not entries:
        ap.error("give at least one public address or --watchlist")

    prices = usd_prices() if args.usd else {}
    for label, addr in entries:
        addr = addr.strip()
        if looks_secret(addr):
            print(f"{label}: REFUSED - this looks like a private key or seed phrase, not an "
                  "address. It was not sent anywhere. Treat it as exposed.", file=sys.stderr)
            continue
        if BTC_RE.match(addr):
            chain, (bal, pend) = "BTC", btc_balance(addr, args.esplora)
        elif ETH_RE.match(addr):
            chain, (bal, pend) = "ETH", eth_balance(addr, args.etherscan)
        else:
            print(f"{label}: not a recognised public BTC/ETH address, skipped", file=sys.stderr)
            continue
        usd = f"  ${bal * prices[chain]:,.2f}" if prices else ""
        pend_txt = f" (+{pend:.8f} pending)" if pend else ""
        name = label if label != addr else short(addr)
        print(f"{name:<20} {chain}  {bal:.8f}{pend_txt}{usd}")


if __name__ == "__main__":
    main()
