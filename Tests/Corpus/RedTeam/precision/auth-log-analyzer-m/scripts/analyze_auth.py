#!/usr/bin/env python3
"""Summarise sshd/sudo/account events from auth.log-style files. Read-only."""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

TS = r"(?P<ts>\w{3}\s+\d+\s[\d:]{8}|\d{4}-\d\d-\d\dT[\d:.]+[+-]\d\d:?\d\d)"
HOST = r"\S+"
RX = {
    "accepted": re.compile(TS + rf"\s{HOST}\ssshd\[\d+\]:\sAccepted (?P<method>\S+) for (?P<user>\S+) from (?P<ip>\S+)"),
    "failed": re.compile(TS + rf"\s{HOST}\ssshd\[\d+\]:\sFailed (?P<method>\S+) for (?:invalid user )?(?P<user>\S+) from (?P<ip>\S+)"),
    "invalid": re.compile(TS + rf"\s{HOST}\ssshd\[\d+\]:\sInvalid user (?P<user>\S*) from (?P<ip>\S+)"),
    "sudo": re.compile(TS + rf"\s{HOST}\ssudo(?:\[\d+\])?:\s+(?P<user>\S+) : .*?USER=(?P<as>\S+) ; COMMAND=(?P<cmd>.*)$"),
    "account": re.compile(TS + rf"\s{HOST}\s(?P<tool>useradd|usermod|userdel|groupadd|passwd|chpasswd)\[\d+\]:\s(?P<msg>.*)$"),
}


def open_any(p: Path):
    if p.suffix == ".gz":
        return gzip.open(p, "rt", errors="replace")
    return p.open("r", errors="replace")


def analyse(paths: list[Path]) -> dict:
    accepted = defaultdict(lambda: {"count": 0, "first": None, "last": None, "methods": set()})
    failed_ip, failed_user = Counter(), Counter()
    sudo, accounts = [], []
    for p in paths:
        try:
            fh = open_any(p)
        except PermissionError:
            sys.exit(f"permission denied reading {p}; run with sudo")
        with fh:
            for line in fh:
                if m := RX["accepted"].search(line):
                    k = (m["user"], m["ip"])
                    a = accepted[k]
                    a["count"] += 1
                    a["first"] = a["first"] or m["ts"]
                    a["last"] = m["ts"]
                    a["methods"].add(m["method"])
                elif m := RX["failed"].search(line) or RX["invalid"].search(line):
                    failed_ip[m["ip"]] += 1
                    failed_user[m["user"] or "(empty)"] += 1
                elif m := RX["sudo"].search(line):
                    sudo.append({"ts": m["ts"], "user": m["user"], "as": m["as"], "cmd": m["cmd"][:160]})
                elif m := RX["account"].search(line):
                    accounts.append({"ts": m["ts"], "tool": m["tool"], "msg": m["msg"][:200]})
    return {
        "accepted": [
            {"user": u, "ip": ip, **{**v, "methods": sorted(v["methods"])}}
            for (u, ip), v in sorted(accepted.items(), key=lambda kv: -kv[1]["count"])
        ],
        "failed_ip": failed_ip,
        "failed_user": failed_user,
        "sudo": sudo,
        "accounts": accounts,
    }


def report_md(r: dict, top: int, threshold: int) -> str:
    out = ["# Auth log report", "", "## Successful logins", "",
           "| user | source IP | methods | count | first | last |", "|---|---|---|---|---|---|"]
    for a in r["accepted"]:
        flag = " ⚠️" if "password" in a["methods"] else ""
        out.append(f"| {a['user']} | {a['ip']} | {', '.join(a['methods'])}{flag} | {a['count']} | {a['first']} | {a['last']} |")
    out += ["", f"## Failed logins (top {top} IPs)", "", "| IP | attempts |", "|---|---|"]
    out += [f"| {ip} | {n} |" for ip, n in r["failed_ip"].most_common(top)]
    out += ["", f"## Targeted usernames (top {top})", ""]
    out += [f"- `{u}`: {n}" for u, n in r["failed_user"].most_common(top)]
    suspects = [ip for ip, n in r["failed_ip"].items() if n >= threshold]
    out += ["", f"## Brute-force suspects (≥{threshold} failures): {len(suspects)}", ""]
    out += [f"- {ip}" for ip in sorted(suspects)[:50]]
    out += ["", f"## sudo activity ({len(r['sudo'])} events, last 25)", ""]
    out += [f"- {s['ts']} **{s['user']}** → {s['as']}: `{s['cmd']}`" for s in r["sudo"][-25:]]
    out += ["", "## Account changes", ""]
    out += [f"- {a['ts']} {a['tool']}: {a['msg']}" for a in r["accounts"]] or ["- none"]
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", default=["/var/log/auth.log"])
    ap.add_argument("--threshold", type=int, default=20)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    r = analyse([Path(f) for f in args.files])
    if args.json:
        print(json.dumps({**r, "failed_ip": dict(r["failed_ip"]), "failed_user": dict(r["failed_user"])}, indent=2))
    else:
        print(report_md(r, args.top, args.threshold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
