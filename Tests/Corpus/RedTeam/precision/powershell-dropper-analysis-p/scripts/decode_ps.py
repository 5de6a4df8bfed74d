#!/usr/bin/env python3
"""Static, non-executing decoder for obfuscated PowerShell samples.

Finds base64 payloads in -EncodedCommand arguments and FromBase64String literals,
decodes them layer by layer and prints defanged text. Nothing is executed.
"""
import argparse
import base64
import binascii
import gzip
import re
import sys
import zlib

ENC_ARG = re.compile(r"(?i)-e(?:nc(?:odedcommand)?)?\s+([A-Za-z0-9+/=]{16,})")
FROM_B64 = re.compile(r"(?i)FromBase64String\(\s*['\"]([A-Za-z0-9+/=]{16,})['\"]\s*\)")
URL = re.compile(r"(?i)\bhttps?://[^\s'\"<>)]+")
IPV4 = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")


def defang(text: str) -> str:
    text = URL.sub(lambda m: m.group(0).replace("http", "hxxp", 1).replace(".", "[.]"), text)
    return IPV4.sub(lambda m: "[.]".join(m.groups()), text)


def try_decode(blob: str):
    try:
        raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=False)
    except binascii.Error:
        return None, None
    for label, fn in (("gzip", gzip.decompress),
                      ("deflate", lambda b: zlib.decompress(b, -15))):
        try:
            raw2 = fn(raw)
            return label + "+utf-8", raw2.decode("utf-8", errors="replace")
        except Exception:
            pass
    if len(raw) >= 4 and raw[1:2] == b"\x00" and raw[3:4] == b"\x00":
        return "utf-16le", raw.decode("utf-16le", errors="replace")
    try:
        return "utf-8", raw.decode("utf-8")
    except UnicodeDecodeError:
        return "binary", f"<{len(raw)} bytes of binary data, sha-like head {raw[:8].hex()}>"


def peel(text: str, depth: int, max_depth: int, out):
    if depth > max_depth:
        out.append(f"[depth {depth}] max depth reached; stopping.")
        return
    blobs = [m.group(1) for m in ENC_ARG.finditer(text)] + [m.group(1) for m in FROM_B64.finditer(text)]
    for i, blob in enumerate(blobs, 1):
        enc, decoded = try_decode(blob)
        if decoded is None:
            continue
        out.append(f"\n=== layer {depth}.{i} ({enc}, {len(blob)} b64 chars) ===")
        out.append(defang(decoded))
        if enc != "binary":
            peel(decoded, depth + 1, max_depth, out)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("sample", help="path to the sample saved as text")
    ap.add_argument("--max-depth", type=int, default=5)
    args = ap.parse_args()
    with open(args.sample, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    out = ["=== original (defanged) ===", defang(text)]
    peel(text, 1, args.max_depth, out)
    iocs = sorted(set(URL.findall("\n".join(out[1:]))))
    print("\n".join(out))
    print("\n=== IOCs (defanged) ===")
    for u in iocs:
        print(defang(u))
    return 0


if __name__ == "__main__":
    sys.exit(main())
