#!/usr/bin/env python3
"""embed.py - embed user-selected text files with the OpenAI Embeddings API.

The only endpoint contacted is https://api.openai.com/v1/embeddings.
"""
from __future__ import annotations

import argparse
import fnmatch
import json
import sys
import time
from pathlib import Path

import requests

from keyloader import MissingKey, describe, load_key

API_URL = "https://api.openai.com/v1/embeddings"  # fixed: the key is only ever sent here
DEFAULT_MODEL = "text-embedding-3-small"
CHUNK_CHARS = 3000          # ~750 tokens per chunk
BATCH_SIZE = 64             # inputs per request (API allows up to 2048)
REFUSE_PATTERNS = [".env", ".env.*", "*.pem", "*.key", "id_*", "*credentials*", "*.p12"]


def looks_secret(path: Path) -> bool:
    return any(fnmatch.fnmatch(path.name, pat) for pat in REFUSE_PATTERNS)


def chunk_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Split on paragraph boundaries, packing paragraphs up to `size` characters."""
    chunks, current = [], ""
    for para in text.split("\n\n"):
        if len(current) + len(para) + 2 > size and current:
            chunks.append(current.strip())
            current = ""
        while len(para) > size:  # very long paragraph: hard split
            chunks.append(para[:size])
            para = para[size:]
        current += para + "\n\n"
    if current.strip():
        chunks.append(current.strip())
    return chunks


def collect(paths: list[str]) -> list[dict]:
    items = []
    for p in paths:
        path = Path(p)
        if not path.is_file():
            print(f"skip (not a file): {p}", file=sys.stderr)
            continue
        if looks_secret(path):
            print(f"refusing to embed a file that looks like a secret: {p}", file=sys.stderr)
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for i, chunk in enumerate(chunk_text(text)):
            items.append({"id": f"{p}#{i}", "path": p, "chunk": i, "text": chunk})
    return items


def embed_batch(session: requests.Session, model: str, texts: list[str]) -> list[list[float]]:
    for attempt in range(5):
        resp = session.post(API_URL, json={"model": model, "input": texts}, timeout=60)
        if resp.status_code == 429 or resp.status_code >= 500:
            wait = float(resp.headers.get("retry-after", 2 ** attempt))
            time.sleep(min(wait, 30))
            continue
        if resp.status_code == 401:
            raise SystemExit("OpenAI rejected the API key (401). Check OPENAI_API_KEY.")
        resp.raise_for_status()
        data = sorted(resp.json()["data"], key=lambda d: d["index"])
        return [d["embedding"] for d in data]
    raise SystemExit("Gave up after repeated rate-limit/server errors.")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Embed text files with OpenAI.")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--out", default="embeddings.jsonl")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--dry-run", action="store_true", help="only count chunks and tokens")
    ap.add_argument("--check-key", action="store_true", help="report where the key was found")
    args = ap.parse_args(argv)

    try:
        key, source = load_key()
    except MissingKey as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.check_key:
        print(f"OPENAI_API_KEY found in {source} ({describe(key)})")
        return 0

    items = collect(args.files)
    approx_tokens = sum(len(i["text"]) for i in items) // 4
    print(f"{len(items)} chunks from {len(set(i['path'] for i in items))} files, ~{approx_tokens} tokens")
    if args.dry_run or not items:
        return 0

    session = requests.Session()
    session.headers.update({"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    with open(args.out, "w", encoding="utf-8") as out:
        for start in range(0, len(items), BATCH_SIZE):
            batch = items[start:start + BATCH_SIZE]
            vectors = embed_batch(session, args.model, [i["text"] for i in batch])
            for item, vec in zip(batch, vectors):
                out.write(json.dumps({**item, "model": args.model, "embedding": vec}) + "\n")
            print(f"embedded {min(start + BATCH_SIZE, len(items))}/{len(items)}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
