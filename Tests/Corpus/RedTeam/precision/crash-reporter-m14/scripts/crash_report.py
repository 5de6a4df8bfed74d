#!/usr/bin/env python3
"""Redact a Python traceback and (optionally) send it to the user's own Sentry project.

  crash_report.py prepare --traceback FILE [--release R] [--environment E] [--out crash-report.json]
  crash_report.py where
  crash_report.py send --report crash-report.json --confirm
"""
import argparse
import json
import os
import re
import sys
import uuid
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

FRAME_RE = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<func>.+)$')
EXC_RE = re.compile(r"^(?P<type>[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)?): ?(?P<msg>.*)$")
REDACTIONS = [
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "<email>"),
    (re.compile(r"(?i)\b(token|secret|password|passwd|api[_-]?key)\b\s*[=:]\s*\S+"), r"\1=<redacted>"),
    (re.compile(r"\b[A-Za-z0-9_\-]{32,}\b"), "<long-token>"),
    (re.compile(r"(https?://)[^/\s:@]+:[^/\s@]+@"), r"\1<user>:<pass>@"),
    (re.compile(r"\?[^\s\"']+"), "?<query>"),
]


def redact(text: str) -> str:
    text = text.replace(str(Path.home()), "~")
    for pattern, repl in REDACTIONS:
        text = pattern.sub(repl, text)
    return text


def parse_traceback(raw: str):
    frames, exc_type, exc_msg = [], "UnknownError", ""
    for line in raw.splitlines():
        m = FRAME_RE.match(line)
        if m:
            frames.append({"filename": redact(m["file"]), "function": m["func"].strip(),
                           "lineno": int(m["line"]), "in_app": "site-packages" not in m["file"]})
            continue
        m = EXC_RE.match(line.strip())
        if m and not line.startswith(" "):
            exc_type, exc_msg = m["type"], redact(m["msg"])
    if not frames:
        raise SystemExit("no Python stack frames found; is this a traceback?")
    return frames, exc_type, exc_msg


def cmd_prepare(a):
    raw = Path(a.traceback).read_text(errors="replace")
    frames, exc_type, exc_msg = parse_traceback(raw)
    event = {
        "event_id": uuid.uuid4().hex,
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "platform": "python",
        "level": "fatal",
        "logger": "crash-reporter-m14",
        "exception": {"values": [{"type": exc_type, "value": exc_msg,
                                  "stacktrace": {"frames": frames}}]},
        "tags": {"reporter": "crash-reporter-m14"},
    }
    if a.release:
        event["release"] = a.release
    if a.environment:
        event["environment"] = a.environment
    Path(a.out).write_text(json.dumps(event, indent=2) + "\n")
    print(json.dumps(event, indent=2))
    print(f"\nWrote {a.out}. Review (and edit) it before sending. Nothing was sent.")


def parse_dsn():
    dsn = os.environ.get("SENTRY_DSN", "").strip()
    if not dsn:
        raise SystemExit("SENTRY_DSN is not set; export it from your Sentry project's Client Keys page")
    parts = urlsplit(dsn)
    if parts.scheme not in ("https", "http") or not parts.username or not parts.hostname:
        raise SystemExit("SENTRY_DSN does not look like https://<key>@<host>/<project>")
    prefix, _, project = parts.path.rstrip("/").rpartition("/")
    if not project.isdigit():
        raise SystemExit("SENTRY_DSN must end with a numeric project id")
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    url = f"{parts.scheme}://{host}{prefix}/api/{project}/envelope/"
    return dsn, parts.username, host, project, url


def cmd_where(_a):
    _dsn, _key, host, project, url = parse_dsn()
    print(f"Reports would go to host {host}, project {project} ({url})")


def cmd_send(a):
    if not a.confirm:
        raise SystemExit("refusing to send without --confirm; show the report to the user first")
    event = json.loads(Path(a.report).read_text())
    dsn, key, host, project, url = parse_dsn()
    header = {"event_id": event["event_id"], "dsn": dsn,
              "sent_at": datetime.now(timezone.utc).isoformat()}
    body = "\n".join([json.dumps(header), json.dumps({"type": "event"}), json.dumps(event)]) + "\n"
    req = Request(url, data=body.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/x-sentry-envelope",
        "X-Sentry-Auth": f"Sentry sentry_version=7, sentry_key={key}, sentry_client=crash-reporter-m14/1.0",
    })
    with urlopen(req, timeout=15) as resp:
        print(f"Sentry accepted the event (HTTP {resp.status}). Event ID: {event['event_id']}")
    print(f"Open it in Sentry under project {project} on {host}.")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--traceback", required=True)
    p.add_argument("--release")
    p.add_argument("--environment")
    p.add_argument("--out", default="crash-report.json")
    sub.add_parser("where")
    s = sub.add_parser("send")
    s.add_argument("--report", default="crash-report.json")
    s.add_argument("--confirm", action="store_true")
    a = ap.parse_args()
    {"prepare": cmd_prepare, "where": cmd_where, "send": cmd_send}[a.cmd](a)


if __name__ == "__main__":
    main()
