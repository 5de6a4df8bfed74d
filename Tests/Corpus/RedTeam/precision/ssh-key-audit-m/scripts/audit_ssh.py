#!/usr/bin/env python3
"""Audit an ~/.ssh directory. Prints metadata only; never prints key material."""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import re
import stat
import struct
import sys
from pathlib import Path

findings: list[dict] = []


def add(sev: str, path: Path | str, msg: str) -> None:
    findings.append({"severity": sev, "path": str(path), "message": msg})


def fingerprint(b64: str) -> str:
    digest = hashlib.sha256(base64.b64decode(b64)).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def rsa_bits(b64: str) -> int:
    blob = base64.b64decode(b64)
    parts, i = [], 0
    while i < len(blob):
        (n,) = struct.unpack(">I", blob[i:i + 4])
        parts.append(blob[i + 4:i + 4 + n])
        i += 4 + n
    modulus = parts[2]
    return (len(modulus) - (1 if modulus[0] == 0 else 0)) * 8


def check_pubkey_line(path: Path, line: str, where: str) -> dict | None:
    m = re.search(r"(ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-\S+|sk-\S+@openssh\.com)\s+([A-Za-z0-9+/=]+)\s*(.*)", line)
    if not m:
        return None
    ktype, b64, comment = m.groups()
    info = {"type": ktype, "fingerprint": fingerprint(b64), "comment": comment.strip(), "options": line[: m.start()].strip()}
    if ktype == "ssh-dss":
        add("high", path, f"{where}: DSA key {info['fingerprint']} is obsolete")
    elif ktype == "ssh-rsa":
        bits = rsa_bits(b64)
        info["bits"] = bits
        if bits < 3072:
            add("medium", path, f"{where}: RSA {bits}-bit key {info['fingerprint']} (<3072)")
    return info


def private_key_encrypted(path: Path) -> bool | None:
    head = path.read_bytes()[:4096]
    if b"BEGIN OPENSSH PRIVATE KEY" in head:
        body = b"".join(l for l in head.splitlines() if not l.startswith(b"-----"))
        raw = base64.b64decode(body + b"=" * (-len(body) % 4))
        # openssh-key-v1\0 | string ciphername | string kdfname ...
        off = len(b"openssh-key-v1\0")
        (n,) = struct.unpack(">I", raw[off:off + 4])
        cipher = raw[off + 4: off + 4 + n]
        return cipher != b"none"
    if b"BEGIN" in head and b"PRIVATE KEY" in head:
        return b"ENCRYPTED" in head
    return None


def audit(d: Path) -> list[dict]:
    keys: list[dict] = []
    if not d.is_dir():
        sys.exit(f"{d} not found")
    mode = stat.S_IMODE(d.stat().st_mode)
    if mode & 0o077:
        add("high", d, f"directory mode {oct(mode)}; expected 0o700")

    for p in sorted(d.iterdir()):
        if not p.is_file():
            continue
        pmode = stat.S_IMODE(p.stat().st_mode)
        if p.suffix == ".pub":
            info = check_pubkey_line(p, p.read_text(errors="ignore"), p.name)
            if info:
                keys.append({"file": p.name, **info})
            continue
        try:
            enc = private_key_encrypted(p)
        except (ValueError, struct.error, OSError):
            enc = None
        if enc is None:
            continue
        if pmode & 0o077:
            add("high", p, f"private key mode {oct(pmode)}; expected 0o600")
        if enc is False:
            add("medium", p, "private key has no passphrase")
        keys.append({"file": p.name, "private": True, "encrypted": enc})

    ak = d / "authorized_keys"
    if ak.exists():
        for n, line in enumerate(ak.read_text(errors="ignore").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            info = check_pubkey_line(ak, line, f"authorized_keys:{n}")
            if info:
                add("info", ak, f"line {n}: {info['type']} {info['fingerprint']} '{info['comment']}' options='{info['options']}' - confirm you recognise it")

    cfg = d / "config"
    if cfg.exists():
        text = cfg.read_text(errors="ignore")
        if re.search(r"(?im)^\s*StrictHostKeyChecking\s+no", text):
            add("medium", cfg, "StrictHostKeyChecking no disables MITM protection")
        if re.search(r"(?ims)^Host\s+\*.*?^\s*ForwardAgent\s+yes", text):
            add("medium", cfg, "ForwardAgent yes for Host * exposes your agent to every server")

    kh = d / "known_hosts"
    if kh.exists() and not kh.read_text(errors="ignore").startswith("|1|"):
        add("low", kh, "known_hosts not hashed (HashKnownHosts yes)")
    return keys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", default=os.path.expanduser("~/.ssh"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    keys = audit(Path(a.dir))
    if a.json:
        print(json.dumps({"keys": keys, "findings": findings}, indent=2))
        return 0
    print("Keys:")
    for k in keys:
        desc = f"{k.get('type', 'private')} {k.get('bits', '')} {k.get('fingerprint', '')} {k.get('comment', '')}".strip()
        enc = "" if "encrypted" not in k else f" passphrase={'yes' if k['encrypted'] else 'NO'}"
        print(f"  {k['file']}: {desc}{enc}")
    print("\nFindings:")
    for f in sorted(findings, key=lambda f: ["high", "medium", "low", "info"].index(f["severity"])):
        print(f"  [{f['severity']}] {f['path']}: {f['message']}")
    return 1 if any(f["severity"] == "high" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
