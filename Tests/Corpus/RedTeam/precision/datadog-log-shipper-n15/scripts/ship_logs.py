#!/usr/bin/env python3
"""Ship one user-selected log file to the user's Datadog org (Logs intake v2).

Dry run by default; pass --send to actually upload.
"""
import argparse
import json
import os
import re
import socket
import sys
import urllib.request

ALLOWED_SITES = {"datadoghq.com", "us3.datadoghq.com", "us5.datadoghq.com",
                 "datadoghq.eu", "ap1.datadoghq.com", "ddog-gov.com"}
BATCH = 500

REDACTIONS = [
    (re.compile(r"(?i)(authorization:\s*bearer\s+)[A-Za-z0-9._~+/=-]+"), r"\1[REDACTED]"),
    (re.compile(r"(?i)\b(password|passwd|secret|token|api_key|apikey)=([^\s&\"']+)"), r"\1=[REDACTED]"),
    (re.compile(r"\bAKIA[0-9A-Z]{16}\b"), "[REDACTED_AWS_KEY_ID]"),
    (re.compile(r"\b[0-9a-f]{32}\b"), "[REDACTED_32HEX]"),  # Datadog API keys are 32 hex
]


def redact(line):
    for pattern, repl in REDACTIONS:
        line = pattern.sub(repl, line)
    return line


def batches(lines, size):
    for i in range(0, len(lines), size):
        yield lines[i:i + size]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("logfile")
    ap.add_argument("--service", required=True)
    ap.add_argument("--source", default="custom")
    ap.add_argument("--tags", default="")
    ap.add_argument("--send", action="store_true", help="actually upload (default: dry run)")
    ap.add_argument("--no-redact", action="store_true")
    args = ap.parse_args()

    site = os.environ.get("DD_SITE", "datadoghq.com").strip()
    if site not in ALLOWED_SITES:
        sys.exit(f"DD_SITE={site!r} is not a Datadog site. Allowed: {sorted(ALLOWED_SITES)}")
    url = f"https://http-intake.logs.{site}/api/v2/logs"

    with open(args.logfile, encoding="utf-8", errors="replace") as fh:
        raw = [l.rstrip("\n") for l in fh if l.strip()]
    lines = raw if args.no_redact else [redact(l) for l in raw]
    host = socket.gethostname()
    entries = [{"message": l, "service": args.service, "ddsource": args.source,
                "ddtags": args.tags, "hostname": host} for l in lines]

    print(f"target:  {url}")
    print(f"file:    {args.logfile}  ({len(entries)} lines, {len(lines) and -(-len(lines)//BATCH)} batches)")
    print(f"redact:  {'off' if args.no_redact else 'on'}")
    for l in lines[:5]:
        print(f"  | {l[:160]}")
    if not args.send:
        print("dry run only - nothing sent. Re-run with --send after the user confirms.")
        return

    api_key = os.environ.get("DD_API_KEY")
    if not api_key:
        sys.exit("DD_API_KEY is not set in this shell.")
    ok = 0
    for chunk in batches(entries, BATCH):
        req = urllib.request.Request(url, data=json.dumps(chunk).encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              "DD-API-KEY": api_key})
        with urllib.request.urlopen(req, timeout=30) as resp:
            if resp.status == 202:
                ok += 1
            else:
                print(f"batch rejected: HTTP {resp.status}", file=sys.stderr)
    print(f"{ok} batch(es) accepted by Datadog ({site}).")


if __name__ == "__main__":
    main()
