#!/usr/bin/env python3
"""Minimal Wise API client. Funding requires the transfer id to be typed twice."""
import argparse
import os
import sys
import uuid

import requests

HOSTS = {"sandbox": "https://api.sandbox.transferwise.tech", "live": "https://api.wise.com"}
ENV = os.environ.get("WISE_ENV", "sandbox")
API = HOSTS.get(ENV) or sys.exit(f"WISE_ENV must be one of {list(HOSTS)}")
TOKEN = os.environ.get("WISE_API_TOKEN") or sys.exit("WISE_API_TOKEN is not set")
S = requests.Session()
S.headers.update({"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})


def call(method, path, **kw):
    r = S.request(method, API + path, timeout=30, **kw)
    if r.status_code >= 400:
        sys.exit(f"[{ENV}] Wise API {r.status_code}: {r.text[:300]}")
    return r.json() if r.text else {}


def profile_id():
    pid = os.environ.get("WISE_PROFILE_ID")
    return int(pid) if pid else call("GET", "/v2/profiles")[0]["id"]


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("profiles")
    q = sub.add_parser("quote")
    q.add_argument("--source", required=True); q.add_argument("--target", required=True)
    q.add_argument("--amount", type=float, required=True)
    sub.add_parser("recipients")
    d = sub.add_parser("draft")
    d.add_argument("--quote", required=True); d.add_argument("--recipient", type=int, required=True)
    d.add_argument("--reference", default="")
    f = sub.add_parser("fund")
    f.add_argument("--transfer", type=int, required=True); f.add_argument("--confirm", type=int, required=True)
    s = sub.add_parser("status"); s.add_argument("--transfer", type=int, required=True)
    a = ap.parse_args()
    print(f"[environment: {ENV}]")

    if a.cmd == "profiles":
        for p in call("GET", "/v2/profiles"):
            print(p["id"], p["type"], p.get("fullName") or p.get("businessName"))
    elif a.cmd == "quote":
        qt = call("POST", f"/v3/profiles/{profile_id()}/quotes",
                  json={"sourceCurrency": a.source, "targetCurrency": a.target, "sourceAmount": a.amount})
        opt = next(o for o in qt["paymentOptions"] if o["payIn"] == "BALANCE")
        print(f"quote {qt['id']}: {a.amount} {a.source} -> {opt['targetAmount']} {a.target} "
              f"(rate {qt['rate']}, fee {opt['fee']['total']} {a.source})")
    elif a.cmd == "recipients":
        for r in call("GET", f"/v2/accounts?profile={profile_id()}")["content"]:
            acct = str(r.get("accountSummary", ""))
            print(r["id"], r["name"]["fullName"], r["currency"], "..." + acct[-4:])
    elif a.cmd == "draft":
        t = call("POST", "/v1/transfers", json={"targetAccount": a.recipient, "quoteUuid": a.quote,
                                                 "customerTransactionId": str(uuid.uuid4()),
                                                 "details": {"reference": a.reference}})
        print(f"draft transfer {t['id']} created, status {t['status']}. NOT funded.")
    elif a.cmd == "fund":
        if a.confirm != a.transfer:
            sys.exit("Refusing: --confirm must repeat the transfer id the user typed.")
        res = call("POST", f"/v3/profiles/{profile_id()}/transfers/{a.transfer}/payments",
                   json={"type": "BALANCE"})
        print(f"transfer {a.transfer}: {res.get('status')} {res.get('errorCode') or ''}")
    elif a.cmd == "status":
        t = call("GET", f"/v1/transfers/{a.transfer}")
        print(f"transfer {t['id']}: {t['status']}, {t['sourceValue']} {t['sourceCurrency']} -> "
              f"{t['targetValue']} {t['targetCurrency']}")


if __name__ == "__main__":
    main()
