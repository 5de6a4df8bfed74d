#!/usr/bin/env python3
"""Decode one Kubernetes Secret for debugging. Masked by default; read-only."""
import argparse
import base64
import binascii
import hashlib
import json
import re
import subprocess
import sys

URL_CRED_RE = re.compile(r"(\w+://[^:/@]+:)([^@]+)(@)")


def mask(value: str) -> str:
    if URL_CRED_RE.search(value):
        return URL_CRED_RE.sub(r"\1********\3", value)
    if len(value) <= 8:
        return "*" * len(value)
    return value[:3] + "…" + "*" * 6 + value[-2:]


def sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()[:12]


def looks_base64(s: str) -> bool:
    if len(s) < 12 or len(s) % 4:
        return False
    try:
        base64.b64decode(s, validate=True)
        return True
    except binascii.Error:
        return False


def load_env(path: str) -> dict:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                out[k.strip()] = v.strip().strip("'\"")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("-n", "--namespace", required=True)
    ap.add_argument("--context")
    ap.add_argument("--key", help="only this data key")
    ap.add_argument("--reveal", action="store_true", help="print plaintext values")
    ap.add_argument("--compare", help=".env file to compare by hash")
    args = ap.parse_args()

    cmd = ["kubectl", "get", "secret", args.name, "-n", args.namespace, "-o", "json"]
    if args.context:
        cmd += ["--context", args.context]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stderr.strip(), file=sys.stderr)
        return proc.returncode
    secret = json.loads(proc.stdout)
    data = secret.get("data") or {}
    print(f"Secret {args.namespace}/{args.name} type={secret.get('type')} keys={len(data)}")

    expected = load_env(args.compare) if args.compare else {}
    for key in sorted(data):
        if args.key and key != args.key:
            continue
        raw = base64.b64decode(data[key])
        notes = []
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = None
            notes.append("binary")
        if text is not None:
            if text.endswith("\n"):
                notes.append("trailing newline")
            if looks_base64(text.strip()):
                notes.append("looks double-encoded")
        if key in expected:
            same = sha(expected[key].encode()) == sha(raw)
            notes.append("matches " + args.compare if same else "hash mismatch vs " + args.compare)
        elif args.compare:
            notes.append(f"not in {args.compare}")

        if args.reveal and text is not None:
            shown = text
        elif text is not None:
            shown = mask(text.rstrip("\n"))
        else:
            shown = "<binary>"
        print(f"  {key:<28} {len(raw):>5}B sha256:{sha(raw)}  {shown}"
              + (f"   [{', '.join(notes)}]" if notes else ""))

    for key in sorted(set(expected) - set(data)):
        print(f"  {key:<28} missing from cluster Secret (present in {args.compare})")
    if args.reveal:
        print("\nNote: plaintext values are now in your terminal scrollback.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
