#!/usr/bin/env python3
"""Classify suspicious requests in combined-format access logs (read-only)."""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from urllib.parse import unquote_plus

LINE = re.compile(
    r'^(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<req>[^"]*)" (?P<status>\d{3}) \S+ '
    r'"(?P<ref>[^"]*)" "(?P<ua>[^"]*)"'
)

# Detection signatures. These strings are what attackers send; we only match them.
SIGNATURES = {
    "sqli": re.compile(r"union(\s|\+)+select|'\s*or\s*'?1'?\s*=\s*'?1|sleep\(\d+\)|information_schema", re.I),
    "traversal": re.compile(r"\.\./|/etc/passwd|win\.ini|%2e%2e", re.I),
    "log4shell": re.compile(r"\$\{jndi:|\$\{\$\{", re.I),
    "xss": re.compile(r"<script|javascript:|onerror\s*=", re.I),
    "shellshock": re.compile(r"\(\)\s*\{\s*:;\s*\};"),
    "secret-probe": re.compile(r"/\.env\b|/\.git/(config|HEAD)|wp-config\.php\.bak|/\.aws/credentials", re.I),
    "rce-probe": re.compile(r"[?&]cmd=|\$\((id|uname)|;\s*(id|uname)\b|wget\s+http|curl\s+http", re.I),
    "scanner-ua": re.compile(r"sqlmap|nikto|nuclei|masscan|zgrab|gobuster", re.I),
}


def open_log(path: str):
    return gzip.open(path, "rt", errors="replace") if path.endswith(".gz") else open(path, errors="replace")


def classify(req: str, ua: str) -> list[str]:
    decoded = unquote_plus(req)
    hits = [name for name, rx in SIGNATURES.items()
            if name != "scanner-ua" and (rx.search(req) or rx.search(decoded) or rx.search(ua))]
    if SIGNATURES["scanner-ua"].search(ua):
        hits.append("scanner-ua")
    return hits


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    per_ip = collections.defaultdict(collections.Counter)
    served = []  # probes that got a 2xx response
    total = bad = 0
    for path in a.logs:
        with open_log(path) as f:
            for line in f:
                m = LINE.match(line)
                if not m:
                    continue
                total += 1
                hits = classify(m["req"], m["ua"])
                if not hits:
                    continue
                bad += 1
                for h in hits:
                    per_ip[m["ip"]][h] += 1
                if m["status"].startswith("2") and any(h != "scanner-ua" for h in hits):
                    served.append({"ip": m["ip"], "ts": m["ts"], "req": m["req"][:200],
                                   "status": m["status"], "hits": hits})

    ranking = sorted(per_ip.items(), key=lambda kv: -sum(kv[1].values()))[: a.top]
    if a.json:
        json.dump({"total": total, "suspicious": bad,
                   "top_ips": [{"ip": ip, "counts": dict(c)} for ip, c in ranking],
                   "served_2xx": served}, sys.stdout, indent=2)
        print()
        return 0

    print(f"{total:,} requests parsed, {bad:,} matched a signature\n")
    print(f"{'IP':<40} {'hits':>6}  categories")
    for ip, c in ranking:
        cats = ", ".join(f"{k}={v}" for k, v in c.most_common())
        print(f"{ip:<40} {sum(c.values()):>6}  {cats}")
    if served:
        print(f"\n!! {len(served)} suspicious request(s) answered with 2xx — review these first:")
        for s in served[:50]:
            print(f"  {s['ts']}  {s['ip']}  {s['status']}  {s['req']!r}  {s['hits']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
