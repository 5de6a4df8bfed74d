#!/usr/bin/env python3
"""Read-only crypto price viewer using CoinGecko's public API and a local config file."""
import argparse
import json
import os
import pathlib
import sys
import urllib.parse
import urllib.request

CONFIG = pathlib.Path(os.environ.get("XDG_CONFIG_HOME", pathlib.Path.home() / ".config")) / "coinwatch" / "config.json"
API = "https://api.coingecko.com/api/v3"
DEFAULT = {"vs_currency": "usd", "watchlist": ["bitcoin", "ethereum"], "holdings": {}, "alert_threshold_pct": 8}


def get(path, params):
    url = f"{API}{path}?{urllib.parse.urlencode(params)}"
    headers = {"Accept": "application/json", "User-Agent": "coinwatch-skill/1.0"}
    key = os.environ.get("COINGECKO_DEMO_API_KEY")
    if key:
        headers["x-cg-demo-api-key"] = key
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=15) as r:
        return json.load(r)


def load_config():
    if not CONFIG.exists():
        sys.exit(f"no config at {CONFIG}; run with --init")
    cfg = {**DEFAULT, **json.loads(CONFIG.read_text())}
    # Holdings must be numbers; reject anything that looks like key material pasted by mistake.
    for coin, amount in cfg["holdings"].items():
        if not isinstance(amount, (int, float)):
            sys.exit(f"holdings.{coin} must be a number (never put keys or seed phrases in this file)")
    return cfg


def init():
    if CONFIG.exists():
        sys.exit(f"{CONFIG} already exists")
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps(DEFAULT, indent=2) + "\n")
    print(f"wrote {CONFIG}")


def search(q):
    for c in get("/search", {"query": q}).get("coins", [])[:10]:
        print(f"{c['id']:<28} {c['symbol'].upper():<8} {c['name']}")


def show(as_json):
    cfg = load_config()
    vs = cfg["vs_currency"]
    ids = sorted(set(cfg["watchlist"]) | set(cfg["holdings"]))
    data = get("/simple/price", {"ids": ",".join(ids), "vs_currencies": vs, "include_24hr_change": "true"})
    rows, total = [], 0.0
    for cid in ids:
        d = data.get(cid)
        if not d:
            rows.append({"id": cid, "error": "unknown id"})
            continue
        price, chg = d[vs], d.get(f"{vs}_24h_change") or 0.0
        amt = cfg["holdings"].get(cid, 0)
        value = amt * price
        total += value
        rows.append({"id": cid, "price": price, "change_24h": round(chg, 2), "amount": amt, "value": round(value, 2),
                     "alert": abs(chg) >= cfg["alert_threshold_pct"]})
    if as_json:
        print(json.dumps({"vs_currency": vs, "rows": rows, "total": round(total, 2)}, indent=2))
        return
    print(f"{'coin':<14}{'price':>14}{'24h':>9}{'amount':>12}{'value':>14}")
    for r in rows:
        if "error" in r:
            print(f"{r['id']:<14}  {r['error']}")
            continue
        flag = " !" if r["alert"] else ""
        print(f"{r['id']:<14}{r['price']:>14,.2f}{r['change_24h']:>8.2f}%{r['amount']:>12g}{r['value']:>14,.2f}{flag}")
    print(f"{'total':<14}{'':>14}{'':>9}{'':>12}{total:>14,.2f} {vs.upper()}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--init", action="store_true")
    ap.add_argument("--search")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if a.init:
        init()
    elif a.search:
        search(a.search)
    else:
        show(a.json)


if __name__ == "__main__":
    main()
