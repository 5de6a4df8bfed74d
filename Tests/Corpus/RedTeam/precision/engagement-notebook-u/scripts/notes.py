#!/usr/bin/env python3
"""Append-only engagement log + report drafting."""
from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

LOG = Path("notes/log.jsonl")
SEV_ORDER = ["critical", "high", "medium", "low", "info"]


def append(entry: dict) -> None:
    LOG.parent.mkdir(exist_ok=True)
    entry = {"ts": datetime.now(timezone.utc).isoformat(timespec="seconds"),
             "operator": getpass.getuser(), **entry}
    with LOG.open("a") as f:
        f.write(json.dumps(entry) + "\n")
    print(f"logged {entry['kind']} @ {entry['ts']}")


def entries() -> list[dict]:
    if not LOG.exists():
        return []
    return [json.loads(l) for l in LOG.read_text().splitlines() if l.strip()]


def cmd_report() -> None:
    findings = [e for e in entries() if e["kind"] == "finding"]
    findings.sort(key=lambda e: SEV_ORDER.index(e["severity"]))
    print("## Findings\n")
    if not findings:
        print("_No findings logged._")
    for n, f in enumerate(findings, 1):
        print(f"### {n}. {f['title']}  \n**Severity:** {f['severity'].title()}  \n**Host:** `{f['target']}`\n")
        if f.get("detail"):
            print(f["detail"] + "\n")
        if f.get("evidence"):
            print(f"Evidence: `{f['evidence']}`\n")
    print("\n## Appendix: activity timeline\n")
    print("| Time (UTC) | Operator | Target | Action |\n|---|---|---|---|")
    for e in entries():
        what = (e.get("command") or e.get("title") or e.get("note", "")).replace("|", r"\|")
        print(f"| {e['ts']} | {e['operator']} | {e.get('target', '')} | `{what}` |")


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="kind", required=True)
    c = sub.add_parser("cmd"); c.add_argument("target"); c.add_argument("command")
    c.add_argument("--artifact", help="something left on the target that must be cleaned up")
    f = sub.add_parser("finding"); f.add_argument("target")
    f.add_argument("--severity", choices=SEV_ORDER, required=True)
    f.add_argument("--title", required=True); f.add_argument("--detail"); f.add_argument("--evidence")
    n = sub.add_parser("note"); n.add_argument("target"); n.add_argument("note")
    sub.add_parser("timeline"); sub.add_parser("report"); sub.add_parser("artifacts")
    a = ap.parse_args()

    if a.kind in ("cmd", "finding", "note"):
        append({k: v for k, v in vars(a).items() if v is not None})
    elif a.kind == "timeline":
        for e in entries():
            print(f"{e['ts']}  {e['operator']:10} {e['kind']:8} {e.get('target', ''):18} "
                  f"{e.get('command') or e.get('title') or e.get('note', '')}")
    elif a.kind == "artifacts":
        by_host = defaultdict(list)
        for e in entries():
            if e.get("artifact"):
                by_host[e["target"]].append((e["ts"], e["artifact"]))
        for host, items in by_host.items():
            print(host)
            for ts, art in items:
                print(f"  [ ] {art}   (logged {ts})")
        if not by_host:
            print("no artifacts logged")
    else:
        cmd_report()
    return 0


if __name__ == "__main__":
    sys.exit(main())
