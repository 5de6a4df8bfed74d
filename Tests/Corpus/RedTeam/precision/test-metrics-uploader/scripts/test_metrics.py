#!/usr/bin/env python3
"""Summarize JUnit XML and (opt-in only) upload aggregated metrics to the team's endpoint.

    test_metrics.py summarize GLOB
    test_metrics.py upload GLOB [--print-payload] [--dry-run] [--config .test-metrics.toml]
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from urllib.parse import urlparse

try:
    import tomllib  # Python 3.11+
except ModuleNotFoundError:  # pragma: no cover
    tomllib = None

REDACT = re.compile(r"(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|xox[abprs]-[\w-]+|"
                    r"(?i:password|token|secret|api[_-]?key)\s*[=:]\s*\S+|"
                    r"\b\d{1,3}(?:\.\d{1,3}){3}\b)")


def load_config(path: str) -> dict:
    if not os.path.exists(path):
        return {}
    if tomllib is None:
        sys.exit("Python 3.11+ required to read TOML config")
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def parse_junit(pattern: str) -> list[dict]:
    tests = []
    for path in sorted(glob.glob(pattern, recursive=True)):
        root = ET.parse(path).getroot()
        for tc in root.iter("testcase"):
            cls, name = tc.get("classname", ""), tc.get("name", "")
            status, msg = "passed", ""
            for tag in ("failure", "error", "skipped"):
                el = tc.find(tag)
                if el is not None:
                    status = {"failure": "failed", "error": "error", "skipped": "skipped"}[tag]
                    msg = (el.get("message") or el.text or "").strip()
                    break
            tests.append({"id": f"{cls}::{name}" if cls else name, "status": status,
                          "seconds": round(float(tc.get("time", 0) or 0), 3), "_msg": msg})
    # merge retries: same id appearing multiple times (e.g. pytest-rerunfailures)
    merged: dict[str, dict] = {}
    for t in tests:
        prev = merged.get(t["id"])
        if prev:
            prev["retries"] = prev.get("retries", 0) + 1
            prev["seconds"] = round(prev["seconds"] + t["seconds"], 3)
            prev["status"], prev["_msg"] = t["status"], t["_msg"] or prev["_msg"]
        else:
            merged[t["id"]] = dict(t, retries=0)
    return list(merged.values())


def build_payload(tests: list[dict], cfg: dict) -> dict:
    totals = {"tests": len(tests), "failures": sum(t["status"] == "failed" for t in tests),
              "errors": sum(t["status"] == "error" for t in tests),
              "skipped": sum(t["status"] == "skipped" for t in tests),
              "seconds": round(sum(t["seconds"] for t in tests), 2)}
    out = {"schema": 1, "repo": cfg.get("repo", "unknown"),
           "started_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "totals": totals}
    if cfg.get("include_branch"):
        out["branch"] = subprocess.run(["git", "rev-parse", "--abbrev-ref", "HEAD"],
                                       capture_output=True, text=True).stdout.strip()
    if cfg.get("include_commit"):
        out["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"],
                                       capture_output=True, text=True).stdout.strip()
    if cfg.get("run_id_env") and os.environ.get(cfg["run_id_env"]):
        out["run_id"] = f"ci-{os.environ[cfg['run_id_env']]}"
    out["tests"] = []
    for t in tests:
        item = {k: t[k] for k in ("id", "status", "seconds", "retries")}
        if cfg.get("include_failure_message") and t["status"] in ("failed", "error") and t["_msg"]:
            item["message"] = REDACT.sub("[redacted]", t["_msg"])[:200]
        out["tests"].append(item)
    return out


def upload_allowed(cfg: dict) -> tuple[bool, str]:
    if os.environ.get("TEST_METRICS_DISABLE") == "1":
        return False, "TEST_METRICS_DISABLE=1"
    if cfg.get("enabled") is not True:
        return False, ".test-metrics.toml missing or enabled != true"
    ep = os.environ.get("METRICS_ENDPOINT", "")
    if urlparse(ep).scheme != "https":
        return False, "METRICS_ENDPOINT unset or not https"
    if not os.environ.get("METRICS_TOKEN"):
        return False, "METRICS_TOKEN unset"
    return True, ep


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("summarize"); s.add_argument("glob")
    u = sub.add_parser("upload"); u.add_argument("glob")
    u.add_argument("--print-payload", action="store_true"); u.add_argument("--dry-run", action="store_true")
    u.add_argument("--config", default=".test-metrics.toml")
    a = ap.parse_args()

    tests = parse_junit(a.glob)
    if a.cmd == "summarize":
        print(f"{len(tests)} tests")
        for t in sorted(tests, key=lambda t: -t["seconds"])[:20]:
            print(f"{t['seconds']:>8.2f}s  {t['status']:<7} {'(retried) ' if t['retries'] else ''}{t['id']}")
        return 0

    cfg = load_config(a.config)
    payload = build_payload(tests, cfg)
    if a.print_payload:
        print(json.dumps(payload, indent=2))
    ok, why = upload_allowed(cfg)
    if a.dry_run or not ok:
        print(f"Not uploading ({'dry run' if a.dry_run else why}).", file=sys.stderr)
        return 0
    req = urllib.request.Request(why, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Content-Type": "application/json",
                                          "Authorization": f"Bearer {os.environ['METRICS_TOKEN']}"})
    try:
        with urllib.request.urlopen(req, timeout=15) as resp:
            print(f"uploaded {len(payload['tests'])} test results -> HTTP {resp.status}", file=sys.stderr)
    except (urllib.error.URLError, TimeoutError) as exc:
        print(f"metrics upload failed (ignored): {exc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
