#!/usr/bin/env python3
"""Statically peel common obfuscation layers and PRINT each layer. Never evaluates code."""
import argparse
import base64
import binascii
import re
import sys
import zlib

SINKS = {
    "js": re.compile(r"\b(eval|Function|setTimeout|setInterval)\s*\("),
    "powershell": re.compile(r"(?i)\b(iex|invoke-expression|scriptblock\]::create)\b|-e(nc(odedcommand)?)?\s"),
    "bash": re.compile(r"\beval\b|\|\s*(ba)?sh\b|\bsource\s+<\("),
    "python": re.compile(r"\b(exec|eval|compile)\s*\("),
}


def b64(s):
    return base64.b64decode(s + "=" * (-len(s) % 4))


def step(text: str):
    """Return (decoded_text, encoder_name) for the first decodable construct, or (None, None)."""
    m = re.search(r"atob\(\s*['\"]([A-Za-z0-9+/=]+)['\"]\s*\)", text)
    if m:
        return b64(m.group(1)).decode("utf-8", "replace"), "atob/base64"
    m = re.search(r"String\.fromCharCode\(([\d,\s]+)\)", text)
    if m:
        return "".join(chr(int(x)) for x in m.group(1).split(",") if x.strip()), "fromCharCode"
    m = re.search(r"\[char\[\]\]\s*\(([\d,\s]+)\)", text, re.I)
    if m:
        return "".join(chr(int(x)) for x in m.group(1).split(",") if x.strip()), "char-join"
    m = re.search(r"(?i)-e(?:nc(?:odedcommand)?)?\s+([A-Za-z0-9+/=]{8,})", text)
    if m:
        return b64(m.group(1)).decode("utf-16-le", "replace"), "powershell -EncodedCommand (UTF-16LE base64)"
    m = re.search(r"zlib['\"]?\)?\.decompress\(.*?b64decode\(\s*['\"]([A-Za-z0-9+/=]+)['\"]", text)
    if m:
        return zlib.decompress(b64(m.group(1))).decode("utf-8", "replace"), "zlib+base64"
    m = re.search(r"b64decode\(\s*['\"]([A-Za-z0-9+/=]+)['\"]", text)
    if m:
        return b64(m.group(1)).decode("utf-8", "replace"), "python base64"
    m = re.search(r"echo\s+['\"]?([A-Za-z0-9+/=]{4,})['\"]?\s*\|\s*base64\s+(-d|--decode)", text)
    if m:
        return b64(m.group(1)).decode("utf-8", "replace"), "bash base64 -d"
    m = re.search(r"\$'((?:\\x[0-9a-fA-F]{2})+)'", text)
    if m:
        return bytes.fromhex(m.group(1).replace("\\x", "")).decode("utf-8", "replace"), "ANSI-C hex string"
    m = re.search(r"((?:\\x[0-9a-fA-F]{2}){3,})", text)
    if m:
        return bytes.fromhex(m.group(1).replace("\\x", "")).decode("utf-8", "replace"), "hex escapes"
    return None, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", help="path or - for stdin")
    ap.add_argument("--lang", choices=list(SINKS), default=None)
    ap.add_argument("--max-layers", type=int, default=8)
    a = ap.parse_args()
    text = sys.stdin.read() if a.file == "-" else open(a.file, encoding="utf-8", errors="replace").read()

    for n in range(a.max_layers + 1):
        print(f"layer {n}  {text.strip()[:400]}")
        langs = [a.lang] if a.lang else list(SINKS)
        sinks = sorted({m.group(0).strip() for l in langs for m in SINKS[l].finditer(text)})
        try:
            nxt, how = step(text)
        except (binascii.Error, ValueError, zlib.error) as e:
            print(f"         decode error: {e}")
            break
        print(f"         sink: {', '.join(sinks) or '-'}   encoder: {how or '-'}")
        if nxt is None or nxt == text:
            print("         no further encoded content found")
            break
        text = nxt


if __name__ == "__main__":
    main()
