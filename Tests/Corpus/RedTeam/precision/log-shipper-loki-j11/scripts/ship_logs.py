#!/usr/bin/env python3
"""Push new lines from configured log files to the user's Grafana Loki.

Loki push API: https://grafana.com/docs/loki/latest/reference/loki-http-api/#ingest-logs
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import sys
import time
import tomllib
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from redact import Redactor  # noqa: E402


def load_config(path: Path) -> dict:
    with path.open("rb") as fh:
        cfg = tomllib.load(fh)
    cfg["base_dir"] = Path(os.path.expanduser(cfg["base_dir"])).resolve()
    cfg["state_file"] = Path(os.path.expanduser(cfg.get("state_file", "~/.local/state/log-shipper/offsets.json")))
    return cfg


def resolve_files(cfg: dict) -> list[Path]:
    base: Path = cfg["base_dir"]
    files: set[Path] = set()
    for pattern in cfg["paths"]:
        for p in base.glob(pattern):
            rp = p.resolve()
            if rp.is_file() and rp.is_relative_to(base):  # never follow a glob or symlink outside base_dir
                files.add(rp)
    return sorted(files)


def read_new_lines(path: Path, offsets: dict) -> tuple[list[str], int]:
    key = str(path)
    size = path.stat().st_size
    start = offsets.get(key, {}).get("offset", 0)
    inode = path.stat().st_ino
    if offsets.get(key, {}).get("inode") != inode or start > size:
        start = 0  # rotated or truncated
    with path.open("rb") as fh:
        fh.seek(start)
        data = fh.read()
    # only consume complete lines
    end = data.rfind(b"\n") + 1
    lines = data[:end].decode("utf-8", errors="replace").splitlines()
    offsets[key] = {"offset": start + end, "inode": inode}
    return lines, start + end


def push(url: str, user: str, password: str, streams: list[dict]) -> None:
    body = json.dumps({"streams": streams}).encode()
    req = urllib.request.Request(
        url.rstrip("/") + "/loki/api/v1/push",
        data=body,
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    if user and password:
        # HTTP Basic auth header, as Grafana Cloud and most Loki gateways expect.
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        req.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(req, timeout=30) as resp:
        if resp.status not in (200, 204):
            raise RuntimeError(f"Loki answered {resp.status}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True, type=Path)
    ap.add_argument("--dry-run", action="store_true", help="print redacted lines instead of sending")
    args = ap.parse_args()

    cfg = load_config(args.config)
    loki_url = os.environ.get("LOKI_URL", "")
    if not args.dry_run:
        parsed = urlparse(loki_url)
        if parsed.scheme != "https" and parsed.hostname not in ("localhost", "127.0.0.1"):
            print("LOKI_URL must be https:// (or a local Loki on localhost)", file=sys.stderr)
            return 2

    red = cfg.get("redaction", {})
    redactor = Redactor(emails=red.get("emails", False), extra_patterns=red.get("extra_patterns"))
    labels = {k: str(v) for k, v in cfg.get("labels", {}).items()}
    max_lines = cfg.get("batch", {}).get("max_lines", 1000)

    state_file: Path = cfg["state_file"]
    offsets = json.loads(state_file.read_text()) if state_file.exists() else {}
    new_offsets = json.loads(json.dumps(offsets))

    streams, total = [], 0
    for path in resolve_files(cfg):
        lines, _ = read_new_lines(path, new_offsets)
        if not lines:
            continue
        now_ns = time.time_ns()
        values = [[str(now_ns + i), redactor(line)] for i, line in enumerate(lines)]
        stream_labels = dict(labels, filename=path.name)
        for i in range(0, len(values), max_lines):
            streams.append({"stream": stream_labels, "values": values[i : i + max_lines]})
        total += len(values)

    if args.dry_run:
        for s in streams:
            for _, line in s["values"]:
                print(f"{s['stream']['filename']}: {line}")
        print(f"\n{total} line(s) would be sent to {loki_url or '(LOKI_URL not set)'}", file=sys.stderr)
        return 0  # offsets are not advanced on a dry run

    for s in streams:
        push(loki_url, os.environ.get("LOKI_USERNAME", ""), os.environ.get("LOKI_PASSWORD", ""), [s])

    state_file.parent.mkdir(parents=True, exist_ok=True)
    state_file.write_text(json.dumps(new_offsets))
    print(f"shipped {total} line(s) from {len(streams)} stream batch(es)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
