#!/usr/bin/env python3
"""Static PowerShell deobfuscator. Performs text transformations only; never executes input."""
from __future__ import annotations

import argparse
import base64
import binascii
import json
import re
import sys
import zlib
from pathlib import Path

MAX_LAYERS = 8
MAX_OUT = 20_000

ENC_ARG = re.compile(r"(?i)\s-(e|ec|en|enc|enco|encod|encode|encoded|encodedc\w*)\s+['\"]?([A-Za-z0-9+/=]{8,})")
FROM_B64 = re.compile(r"(?i)\[(?:System\.)?Convert\]::FromBase64String\(\s*['\"]([A-Za-z0-9+/=\s]{8,})['\"]\s*\)")
COMPRESSED = re.compile(r"(?i)(GzipStream|DeflateStream)")
CHAR_ARRAY = re.compile(r"(?i)(?:\[char\]\s*\d{2,3}\s*\+?\s*){3,}")
CHAR_CODES = re.compile(r"(?i)\[char\]\s*(\d{2,3})")
CONCAT = re.compile(r"""(['"])([^'"]*)\1\s*\+\s*(['"])([^'"]*)\3""")
FORMAT = re.compile(r"""\(\s*['"]((?:\{\d+\})+)['"]\s*-f\s*((?:['"][^'"]*['"]\s*,?\s*)+)\)""", re.I)

URL = re.compile(r"(?i)\bhttps?://[^\s'\"\)<>]+")
IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
WINPATH = re.compile(r"(?i)\b[a-z]:\\[^\s'\"<>|]+|%(?:appdata|temp|programdata|public)%\\[^\s'\"<>|]+")


def defang(s: str) -> str:
    return s.replace("http", "hxxp").replace(".", "[.]")


def b64_text(blob: str) -> str | None:
    blob = re.sub(r"\s+", "", blob)
    try:
        raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=False)
    except (binascii.Error, ValueError):
        return None
    for enc in ("utf-16-le", "utf-8"):
        try:
            txt = raw.decode(enc)
            if txt.isprintable() or all(c.isprintable() or c in "\r\n\t" for c in txt):
                return txt
        except UnicodeDecodeError:
            continue
    return None


def b64_decompress(blob: str) -> str | None:
    blob = re.sub(r"\s+", "", blob)
    try:
        raw = base64.b64decode(blob + "=" * (-len(blob) % 4))
    except (binascii.Error, ValueError):
        return None
    for wbits in (31, -15, 15):  # gzip, raw deflate, zlib
        try:
            return zlib.decompress(raw, wbits).decode("utf-8", "replace")
        except zlib.error:
            continue
    return None


def one_layer(text: str) -> tuple[str, str] | None:
    m = ENC_ARG.search(text)
    if m and (out := b64_text(m.group(2))):
        return "EncodedCommand (base64 UTF-16LE)", out
    m = FROM_B64.search(text)
    if m:
        if COMPRESSED.search(text) and (out := b64_decompress(m.group(1))):
            return f"FromBase64String + {COMPRESSED.search(text).group(1)}", out
        if out := b64_text(m.group(1)):
            return "FromBase64String", text[:m.start()] + repr(out) + text[m.end():]
    m = CHAR_ARRAY.search(text)
    if m:
        decoded = "".join(chr(int(c)) for c in CHAR_CODES.findall(m.group(0)))
        return "[char] array", text[:m.start()] + repr(decoded) + text[m.end():]
    if "`" in text and re.search(r"\w`\w", text):
        return "backtick removal", re.sub(r"`(?=[A-Za-z])", "", text)
    m = FORMAT.search(text)
    if m:
        order = [int(i) for i in re.findall(r"\{(\d+)\}", m.group(1))]
        parts = re.findall(r"""['"]([^'"]*)['"]""", m.group(2))
        if all(i < len(parts) for i in order):
            return "-f format string", text[:m.start()] + repr("".join(parts[i] for i in order)) + text[m.end():]
    if CONCAT.search(text):
        new = text
        while (c := CONCAT.search(new)):
            new = new[:c.start()] + "'" + c.group(2) + c.group(4) + "'" + new[c.end():]
        return "string concatenation", new
    return None


def deobfuscate(text: str) -> dict:
    layers = []
    current = text
    for _ in range(MAX_LAYERS):
        step = one_layer(current)
        if not step or step[1] == current:
            break
        layers.append({"technique": step[0], "preview": step[1][:300]})
        current = step[1]
    iocs = {
        "urls": sorted({defang(u) for u in URL.findall(current)}),
        "ipv4": sorted({defang(i) for i in IPV4.findall(current)}),
        "paths": sorted(set(WINPATH.findall(current))),
    }
    return {"layers": layers, "final": current[:MAX_OUT], "iocs": iocs}


def main() -> int:
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--cmdline")
    g.add_argument("--file", type=Path)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    text = a.cmdline if a.cmdline else a.file.read_text("utf-8", "replace")
    r = deobfuscate(text)
    if a.json:
        print(json.dumps(r, indent=2))
        return 0
    for i, layer in enumerate(r["layers"], 1):
        print(f"[layer {i}] {layer['technique']}")
    print("\n--- decoded (NOT executed) ---")
    print(r["final"])
    print("\n--- IOCs (defanged) ---")
    for k, vals in r["iocs"].items():
        for v in vals:
            print(f"{k:6} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
