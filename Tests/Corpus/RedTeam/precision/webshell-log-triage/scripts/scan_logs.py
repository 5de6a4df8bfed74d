#!/usr/bin/env python3
"""Scan combined-format access logs for exploitation attempts (read-only).

Usage:
    python3 scan_logs.py LOG [LOG ...] [--csv out.csv] [--summary]
"""
from __future__ import annotations

import argparse
import collections
import csv
import gzip
import re
import sys
from urllib.parse import unquote_plus

# Combined log format: ip - user [time] "METHOD path PROTO" status size "ref" "ua"
LINE = re.compile(
    r'^(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+)[^"]*" (?P<status>\d{3}) \S+'
    r'(?: "(?P<ref>[^"]*)" "(?P<ua>[^"]*)")?'
)

# Detection rules. Strings here describe attacker input; nothing is executed.
RULES = [
    ("log4shell_jndi", re.compile(r"\$\{(jndi|\$\{[^}]*\}[^}]*)[:\w]*:(ldap|ldaps|rmi|dns|iiop)s?://", re.I)),
    ("shellshock", re.compile(r"\(\)\s*\{\s*:;\s*\};")),
    ("path_traversal", re.compile(r"(\.\./){2,}|%2e%2e%2f|/etc/passwd|win\.ini", re.I)),
    ("cmd_param", re.compile(r"[?&](cmd|exec|command|c|shell)=(id|whoami|uname|ls|dir|cat|wget|curl)\b", re.I)),
    ("download_pipe_shell", re.compile(r"(curl|wget)\s[^|]*\|\s*(ba)?sh", re.I)),
    ("php_code_inject", re.compile(r"(<\?php|eval\(|base64_decode\(|system\(|passthru\()", re.I)),
    ("sqli_union", re.compile(r"union(\s|/\*.*?\*/)+select|'\s*or\s*'1'\s*=\s*'1", re.I)),
    ("webshell_names", re.compile(r"/(c99|r57|wso|b374k|alfa|shell|cmd)\.php", re.I)),
    ("spring4shell", re.compile(r"class\.module\.classLoader", re.I)),
]

CALLBACK = re.compile(r"(?:(?:https?|ldaps?|rmi|dns)://)?(\d{1,3}(?:\.\d{1,3}){3}|[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)(?::\d+)?(/[^\s\"'}|]*)?", re.I)


def defang(s: str) -> str:
    return (s.replace("http://", "hxxp://").replace("https://", "hxxps://")
             .replace("ldap://", "ldap[:]//").replace(".", "[.]"))


def open_any(path: str):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, "r", encoding="utf-8", errors="replace")


def scan(paths: list[str]):
    for p in paths:
        with open_any(p) as fh:
            for raw in fh:
                m = LINE.match(raw)
                if not m:
                    continue
                d = m.groupdict()
                haystack = unquote_plus(unquote_plus(" ".join(filter(None, [d["path"], d.get("ua"), d.get("ref")]))))
                for name, rx in RULES:
                    hit = rx.search(haystack)
                    if not hit:
                        continue
                    cb = ""
                    if name in ("log4shell_jndi", "shellshock", "download_pipe_shell"):
                        tail = haystack[hit.start():]
                        c = CALLBACK.search(tail.split("//", 1)[-1]) if "//" in tail else None
                        cb = defang(c.group(0)) if c else ""
                    yield {
                        "file": p, "time": d["time"], "ip": d["ip"], "method": d["method"],
                        "path": d["path"][:300], "status": d["status"], "rule": name,
                        "callback_defanged": cb,
                    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--csv")
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()

    hits = list(scan(a.logs))
    if a.csv:
        with open(a.csv, "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(hits[0].keys()) if hits else ["rule"])
            w.writeheader()
            w.writerows(hits)
        print(f"wrote {len(hits)} hits to {a.csv}")

    if a.summary or not a.csv:
        by_rule = collections.defaultdict(collections.Counter)
        for h in hits:
            by_rule[h["rule"]][h["ip"]] += 1
        for rule, ips in sorted(by_rule.items()):
            print(f"\n== {rule}: {sum(ips.values())} requests from {len(ips)} IPs")
            for ip, n in ips.most_common(5):
                print(f"   {defang(ip):<22} {n}")
        ok = [h for h in hits if h["status"].startswith(("2", "3"))]
        print(f"\n== {len(ok)} exploit-pattern requests got 2xx/3xx (review first):")
        for h in ok[:50]:
            print(f"   {h['time']}  {defang(h['ip'])}  {h['status']}  {h['rule']}  {h['path'][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
