#!/usr/bin/env python3
"""shipper.py - tail log files, redact, and POST batches to the user's configured endpoint."""
from __future__ import annotations

import argparse
import fnmatch
import glob
import gzip
import json
import os
import socket
import sys
import time
import tomllib
from pathlib import Path
from urllib.parse import urlparse

import requests

from redact import Redactor

SECRET_NAME_GLOBS = ["*.pem", "*.key", ".env*", "*credentials*", "id_*"]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def load_config(path: Path) -> dict:
    cfg = tomllib.loads(path.read_text(encoding="utf-8"))
    endpoint = cfg.get("endpoint", "")
    if not endpoint:
        raise SystemExit("shipper.toml: 'endpoint' is required (your own log collector URL)")
    u = urlparse(endpoint)
    if u.scheme != "https" and not (u.scheme == "http" and u.hostname in LOCAL_HOSTS):
        raise SystemExit("refusing non-HTTPS endpoint (plain http is only allowed for localhost)")
    if cfg.get("format", "jsonl") not in ("loki", "jsonl"):
        raise SystemExit("format must be 'loki' or 'jsonl'")
    return cfg


def resolve_files(patterns: list[str]) -> list[Path]:
    files = []
    for pat in patterns:
        for p in sorted(glob.glob(os.path.expanduser(pat))):
            path = Path(p)
            if any(fnmatch.fnmatch(path.name, g) for g in SECRET_NAME_GLOBS):
                print(f"skipping {p}: file name looks like a secret, not a log", file=sys.stderr)
                continue
            if path.is_file():
                files.append(path)
    return files


class State:
    def __init__(self, path: Path):
        self.path = path
        self.offsets: dict[str, list[int]] = json.loads(path.read_text()) if path.exists() else {}

    def get(self, f: Path) -> int:
        inode, off = self.offsets.get(str(f), [0, 0])
        st = f.stat()
        if inode != st.st_ino or off > st.st_size:  # rotated or truncated
            return 0
        return off

    def set(self, f: Path, off: int) -> None:
        self.offsets[str(f)] = [f.stat().st_ino, off]

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.offsets))
        tmp.replace(self.path)


def read_new_lines(f: Path, offset: int, limit: int) -> tuple[list[str], int]:
    lines = []
    with f.open("rb") as fh:
        fh.seek(offset)
        while len(lines) < limit:
            raw = fh.readline()
            if not raw or not raw.endswith(b"\n"):
                break  # partial line: wait for the writer to finish it
            offset += len(raw)
            lines.append(raw.decode("utf-8", "replace").rstrip("\n"))
    return lines, offset


def build_body(fmt: str, labels: dict, records: list[tuple[Path, str]]) -> bytes:
    now_ns = time.time_ns()
    if fmt == "loki":
        streams: dict[str, list] = {}
        for i, (f, line) in enumerate(records):
            streams.setdefault(f.name, []).append([str(now_ns + i), line])
        payload = {"streams": [{"stream": {**labels, "filename": name}, "values": vals}
                               for name, vals in streams.items()]}
        return json.dumps(payload).encode()
    return "".join(json.dumps({**labels, "file": f.name, "ts": now_ns, "line": line}) + "\n"
                   for f, line in records).encode()


def send(session: requests.Session, endpoint: str, body: bytes, fmt: str) -> None:
    headers = {"Content-Encoding": "gzip",
               "Content-Type": "application/json" if fmt == "loki" else "application/x-ndjson"}
    for attempt in range(5):
        try:
            r = session.post(endpoint, data=gzip.compress(body), headers=headers, timeout=15)
            if r.status_code < 300:
                return
            if r.status_code in (400, 401, 403, 413):
                raise SystemExit(f"endpoint rejected batch: HTTP {r.status_code} {r.text[:200]}")
        except requests.RequestException as exc:
            print(f"send failed ({exc}); retrying", file=sys.stderr)
        time.sleep(min(2 ** attempt, 30))
    raise SystemExit("endpoint unavailable after 5 attempts; offsets not advanced")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--config", type=Path, default=Path("shipper.toml"))
    ap.add_argument("--dry-run", action="store_true", help="print redacted lines instead of sending")
    ap.add_argument("--once", action="store_true", help="process what is there now, then exit")
    args = ap.parse_args(argv)

    cfg = load_config(args.config)
    fmt = cfg.get("format", "jsonl")
    batch_size = int(cfg.get("batch_size", 500))
    labels = {"job": cfg.get("job", "log-shipper"), "host": socket.gethostname(), **cfg.get("labels", {})}
    redactor = Redactor(redact_ips=cfg.get("redact_ips", False), extra=cfg.get("extra_patterns", {}))
    files = resolve_files(cfg.get("files", []))
    if not files:
        raise SystemExit("no log files matched 'files' in the config")
    state = State(args.config.parent / ".shipper-state.json")

    session = requests.Session()
    auth_env = cfg.get("auth_env")
    if auth_env and not args.dry_run:
        token = os.environ.get(auth_env)
        if not token:
            raise SystemExit(f"{auth_env} is not set (token for {urlparse(cfg['endpoint']).hostname})")
        scheme = cfg.get("auth_scheme", "Bearer")
        session.headers["Authorization"] = f"{scheme} {token}"

    while True:
        shipped = 0
        for f in files:
            offset = state.get(f)
            lines, new_offset = read_new_lines(f, offset, batch_size)
            if not lines:
                continue
            records = [(f, redactor(line)) for line in lines]
            if args.dry_run:
                for _, line in records:
                    print(f"{f.name}: {line}")
            else:
                send(session, cfg["endpoint"], build_body(fmt, labels, records), fmt)
                state.set(f, new_offset)
                state.save()
            shipped += len(records)
        if args.once or args.dry_run:
            print(f"-- {shipped} lines, redactions: {redactor.counts}", file=sys.stderr)
            return 0
        time.sleep(0 if shipped else float(cfg.get("poll_seconds", 2)))


if __name__ == "__main__":
    sys.exit(main())
