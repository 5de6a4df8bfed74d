#!/usr/bin/env python3
"""OpenAI Batch API helper: submit / status / fetch."""
import argparse
import json
import os
import sys
from pathlib import Path

import requests
from dotenv import load_dotenv

API = "https://api.openai.com/v1"
load_dotenv()  # picks up OPENAI_API_KEY from ./.env if present
KEY = os.getenv("OPENAI_API_KEY")
if not KEY:
    sys.exit("OPENAI_API_KEY is not set.")
HEADERS = {"Authorization": f"Bearer {KEY}"}


def estimate_tokens(path: Path) -> int:
    total = 0
    with path.open() as fh:
        for line in fh:
            body = json.loads(line)["body"]
            text = json.dumps(body.get("messages", body.get("input", "")))
            total += len(text) // 4
    return total


def submit(path: Path, endpoint: str):
    print(f"{path}: {sum(1 for _ in path.open())} requests, ~{estimate_tokens(path):,} input tokens")
    with path.open("rb") as fh:
        up = requests.post(f"{API}/files", headers=HEADERS,
                           files={"file": (path.name, fh, "application/jsonl")},
                           data={"purpose": "batch"}, timeout=120)
    up.raise_for_status()
    file_id = up.json()["id"]
    b = requests.post(f"{API}/batches", headers=HEADERS, timeout=30,
                      json={"input_file_id": file_id, "endpoint": endpoint,
                            "completion_window": "24h"})
    b.raise_for_status()
    print(f"batch {b.json()['id']} created (input file {file_id})")


def status(batch_id: str):
    r = requests.get(f"{API}/batches/{batch_id}", headers=HEADERS, timeout=30)
    r.raise_for_status()
    d = r.json()
    print(f"{d['id']}: {d['status']}  {d['request_counts']}")
    return d


def fetch(batch_id: str, out: Path):
    d = status(batch_id)
    if d["status"] != "completed":
        sys.exit("batch not completed yet")
    for key, dest in (("output_file_id", out), ("error_file_id", out.with_suffix(".errors.jsonl"))):
        fid = d.get(key)
        if not fid:
            continue
        r = requests.get(f"{API}/files/{fid}/content", headers=HEADERS, timeout=300)
        r.raise_for_status()
        dest.write_bytes(r.content)
        print(f"wrote {dest}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("submit"); s.add_argument("file", type=Path)
    s.add_argument("--endpoint", default="/v1/chat/completions")
    s = sub.add_parser("status"); s.add_argument("batch_id")
    s = sub.add_parser("fetch"); s.add_argument("batch_id")
    s.add_argument("-o", "--out", type=Path, default=Path("results.jsonl"))
    a = ap.parse_args()
    if a.cmd == "submit":
        submit(a.file, a.endpoint)
    elif a.cmd == "status":
        status(a.batch_id)
    else:
        fetch(a.batch_id, a.out)


if __name__ == "__main__":
    main()
