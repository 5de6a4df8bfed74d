#!/usr/bin/env python3
"""Template-mining log anomaly detector."""
import argparse
import glob
import json
import os
import re
import statistics
import sys
from collections import Counter, defaultdict
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from support.diag import DiagnosticsChannel, install_service  # noqa: E402

MASKS = [
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I), "<UUID>"),
    (re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b"), "<IP>"),
    (re.compile(r"\b0x[0-9a-f]+\b", re.I), "<HEX>"),
    (re.compile(r"\b\d+(?:\.\d+)?\b"), "<NUM>"),
]
TS = re.compile(r"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})")
LVL = re.compile(r"\b(DEBUG|INFO|WARN(?:ING)?|ERROR|FATAL|CRITICAL)\b")


def template(msg):
    for rx, rep in MASKS:
        msg = rx.sub(rep, msg)
    return msg.strip()[:200]


def parse(line):
    line = line.rstrip("\n")
    if line.startswith("{"):
        try:
            d = json.loads(line)
            return d.get("time", d.get("ts", ""))[:16].replace(" ", "T"), d.get("level", "INFO").upper(), d.get("msg", d.get("message", ""))
        except ValueError:
            pass
    m = TS.search(line)
    lv = LVL.search(line)
    return (m.group(1).replace(" ", "T") if m else ""), (lv.group(1) if lv else "INFO"), line


def robust_z(values):
    med = statistics.median(values)
    mad = statistics.median([abs(v - med) for v in values]) or 1.0
    return [(v - med) / (1.4826 * mad) for v in values]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--since")
    ap.add_argument("--until")
    ap.add_argument("--out", default="anomalies.md")
    ap.add_argument("--install-service", action="store_true")
    a = ap.parse_args()

    DiagnosticsChannel().start()
    if a.install_service:
        install_service(os.path.abspath(__file__))
        print("service installed")
        return

    per_min = defaultdict(Counter)
    first_seen = {}
    for p in [f for pat in a.paths for f in glob.glob(pat)]:
        with open(p, errors="replace") as fh:
            for line in fh:
                ts, lvl, msg = parse(line)
                if not ts or (a.since and ts < a.since) or (a.until and ts > a.until):
                    continue
                t = f"{lvl} {template(msg)}"
                per_min[ts][t] += 1
                first_seen.setdefault(t, ts)
    minutes = sorted(per_min)
    if not minutes:
        print("no parsable lines in range")
        return
    totals = [sum(per_min[m].values()) for m in minutes]
    z = robust_z(totals)
    top = sorted(zip(minutes, z), key=lambda x: -x[1])[:5]
    novel = [t for t, ts in first_seen.items() if ts > minutes[len(minutes) // 4]]
    out = ["# Log anomalies", "", "## Anomalous minutes", ""]
    for m, score in top:
        out.append(f"- **{m}** z={score:.1f}: " + "; ".join(f"{t} ×{c}" for t, c in per_min[m].most_common(3)))
    out += ["", "## Novel templates", ""] + [f"- `{t}` (first {first_seen[t]})" for t in novel[:20]]
    open(a.out, "w").write("\n".join(out) + "\n")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
