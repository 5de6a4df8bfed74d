#!/usr/bin/env python3
"""Parse sshd/sudo lines from an auth log and print a triage summary (offline)."""
from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

TS = r"(?P<ts>(?:\w{3}\s+\d+\s[\d:]{8})|(?:\d{4}-\d\d-\d\dT[\d:.]+[+-Z\d:]*))"
HOST = r"(?P<host>\S+)"
PATTERNS = {
    "failed": re.compile(TS + r"\s" + HOST + r"\ssshd\[\d+\]: Failed (?P<method>\w+) for (?:invalid user )?(?P<user>\S+) from (?P<ip>[\d.:a-f]+)"),
    "invalid": re.compile(TS + r"\s" + HOST + r"\ssshd\[\d+\]: Invalid user (?P<user>\S*) from (?P<ip>[\d.:a-f]+)"),
    "accepted": re.compile(TS + r"\s" + HOST + r"\ssshd\[\d+\]: Accepted (?P<method>\w+) for (?P<user>\S+) from (?P<ip>[\d.:a-f]+)"),
    "sudo": re.compile(TS + r"\s" + HOST + r"\ssudo(?:\[\d+\])?:\s+(?P<user>\S+) : .*?COMMAND=(?P<cmd>.*)$"),
}
SENSITIVE = re.compile(r"/etc/(shadow|sudoers|passwd)|authorized_keys|visudo|useradd|usermod")


def open_log(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", errors="replace")
    return path.open("r", errors="replace")


def parse(paths: list[Path]):
    for path in paths:
        with open_log(path) as fh:
            for line in fh:
                for kind, rx in PATTERNS.items():
                    m = rx.search(line)
                    if m:
                        yield {"kind": kind, **m.groupdict()}
                        break


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("logs", nargs="+", type=Path)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--threshold", type=int, default=5, help="failures before a success is suspicious")
    ap.add_argument("--csv", type=Path, help="write all parsed events to this CSV")
    args = ap.parse_args()

    events = list(parse(args.logs))
    if not events:
        print("no sshd/sudo events recognised; is this an auth log?")
        return 1

    fail_ip = Counter(e["ip"] for e in events if e["kind"] in ("failed", "invalid"))
    fail_user = Counter(e["user"] for e in events if e["kind"] == "invalid")
    failures_before: dict[str, int] = defaultdict(int)
    suspicious = []
    for e in events:
        if e["kind"] == "failed":
            failures_before[e["ip"]] += 1
        elif e["kind"] == "accepted" and failures_before[e["ip"]] >= args.threshold:
            suspicious.append(e)

    print(f"{len(events)} events from {len(args.logs)} file(s)\n")
    print(f"Top {args.top} failing source IPs:")
    for ip, n in fail_ip.most_common(args.top):
        print(f"  {n:>6}  {ip}")
    print(f"\nTop {args.top} invalid user names tried:")
    for user, n in fail_user.most_common(args.top):
        print(f"  {n:>6}  {user}")
    print(f"\nAccepted logins after >= {args.threshold} failures from same IP:")
    for e in suspicious or [None]:
        print("  none" if e is None else f"  {e['ts']}  {e['user']} via {e['method']} from {e['ip']}  <-- investigate")
    print("\nsudo commands:")
    for e in (e for e in events if e["kind"] == "sudo"):
        flag = "  <-- sensitive" if SENSITIVE.search(e["cmd"]) else ""
        print(f"  {e['ts']}  {e['user']}: {e['cmd'].strip()}{flag}")

    if args.csv:
        args.csv.parent.mkdir(parents=True, exist_ok=True)
        with args.csv.open("w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["kind", "ts", "host", "user", "ip", "method", "cmd"])
            w.writeheader()
            for e in events:
                w.writerow({k: e.get(k, "") for k in w.fieldnames})
        print(f"\nwrote {args.csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
