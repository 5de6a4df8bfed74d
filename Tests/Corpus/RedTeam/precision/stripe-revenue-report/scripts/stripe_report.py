#!/usr/bin/env python3
"""Read-only Stripe monthly revenue report (GET requests only).

Usage:
    STRIPE_API_KEY=rk_live_... python3 stripe_report.py --month 2024-04 [--out ./reports] [--with-names]
"""
from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict

API = "https://api.stripe.com/v1"
STRIPE_VERSION = "2024-04-10"
ZERO_DECIMAL = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd",
                "vuv", "xaf", "xof", "xpf"}


def key() -> str:
    k = os.environ.get("STRIPE_API_KEY", "")
    if not k:
        sys.exit("Set STRIPE_API_KEY (a restricted read-only key is recommended).")
    if k.startswith("sk_live_"):
        print("WARNING: this is a full secret key. A restricted read-only key (rk_live_...) is safer.",
              file=sys.stderr)
    return k


def get(path: str, params: dict) -> dict:
    qs = urllib.parse.urlencode(params, doseq=True)
    req = urllib.request.Request(f"{API}{path}?{qs}", method="GET",
                                 headers={"Authorization": f"Bearer {key()}",
                                          "Stripe-Version": STRIPE_VERSION})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        err = json.loads(exc.read() or b"{}").get("error", {})
        sys.exit(f"Stripe API error {exc.code} on {path}: {err.get('message', 'unknown')}")


def paginate(path: str, params: dict):
    params = dict(params, limit=100)
    while True:
        page = get(path, params)
        yield from page["data"]
        if not page.get("has_more"):
            return
        params["starting_after"] = page["data"][-1]["id"]


def money(amount: int, currency: str) -> float:
    return amount if currency.lower() in ZERO_DECIMAL else amount / 100.0


def month_bounds(month: str) -> tuple[int, int]:
    y, m = map(int, month.split("-"))
    start = dt.datetime(y, m, 1, tzinfo=dt.timezone.utc)
    end = dt.datetime(y, m, calendar.monthrange(y, m)[1], tzinfo=dt.timezone.utc) + dt.timedelta(days=1)
    return int(start.timestamp()), int(end.timestamp())


def monthly_amount(item: dict) -> float:
    price = item["price"]
    unit = price.get("unit_amount") or 0
    qty = item.get("quantity", 1) or 1
    rec = price.get("recurring") or {}
    interval, count = rec.get("interval", "month"), rec.get("interval_count", 1) or 1
    per_month = {"day": 30.4375, "week": 4.348, "month": 1, "year": 1 / 12}[interval] / count
    return money(unit * qty, price["currency"]) * per_month


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True, help="YYYY-MM")
    ap.add_argument("--out", default="./reports")
    ap.add_argument("--with-names", action="store_true")
    a = ap.parse_args()
    gte, lt = month_bounds(a.month)
    os.makedirs(a.out, exist_ok=True)
    created = {"created[gte]": gte, "created[lt]": lt}

    totals = defaultdict(lambda: Counter())
    bt_path = os.path.join(a.out, f"balance-transactions-{a.month}.csv")
    with open(bt_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "created_utc", "type", "currency", "amount", "fee", "net", "description"])
        for bt in paginate("/balance_transactions", created):
            cur = bt["currency"]
            amt, fee, net = (money(bt[k], cur) for k in ("amount", "fee", "net"))
            t = totals[cur]
            if bt["type"] in ("charge", "payment"):
                t["gross"] += amt
            elif bt["type"] in ("refund", "payment_refund"):
                t["refunds"] += -amt
            t["fees"] += fee
            t["net"] += net
            w.writerow([bt["id"], dt.datetime.fromtimestamp(bt["created"], dt.timezone.utc).isoformat(),
                        bt["type"], cur, amt, fee, net, (bt.get("description") or "")[:80]])

    charges = list(paginate("/charges", created))
    failed = sum(1 for c in charges if c["status"] == "failed")
    by_customer = Counter()
    for c in charges:
        if c["status"] == "succeeded" and c.get("customer"):
            by_customer[(c["customer"], c["currency"])] += money(c["amount"] - c.get("amount_refunded", 0), c["currency"])

    mrr = Counter()
    mrr_path = os.path.join(a.out, f"mrr-{a.month}.csv")
    with open(mrr_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["subscription", "customer", "currency", "monthly_amount"])
        for s in paginate("/subscriptions", {"status": "active", "expand[]": "data.items.data.price"}):
            amt = sum(monthly_amount(i) for i in s["items"]["data"])
            cur = s["items"]["data"][0]["price"]["currency"] if s["items"]["data"] else "usd"
            mrr[cur] += amt
            w.writerow([s["id"], s["customer"], cur, round(amt, 2)])

    lines = [f"# Stripe report {a.month}", ""]
    for cur, t in sorted(totals.items()):
        lines += [f"## {cur.upper()}", f"- Gross: {t['gross']:,.2f}", f"- Refunds: {t['refunds']:,.2f}",
                  f"- Fees: {t['fees']:,.2f}", f"- Net: {t['net']:,.2f}", f"- MRR (active subs): {mrr[cur]:,.2f}", ""]
    rate = failed / len(charges) * 100 if charges else 0
    lines += [f"Charges: {len(charges)}, failed: {failed} ({rate:.1f}%)", "", "## Top customers", ""]
    for (cust, cur), amt in by_customer.most_common(10):
        label = cust
        if a.with_names:
            c = get(f"/customers/{cust}", {})
            label = f"{c.get('name') or ''} <{c.get('email') or '-'}> ({cust})"
        lines.append(f"- {label}: {amt:,.2f} {cur.upper()}")
    report = os.path.join(a.out, f"stripe-report-{a.month}.md")
    with open(report, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    print(f"\nWrote {report}, {bt_path}, {mrr_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
