#!/usr/bin/env python3
"""Report-only audit of an OpenSSH directory. Makes no network connections and never
prints private key material."""
from __future__ import annotations

import argparse
import json
import re
import stat
import subprocess
import sys
from pathlib import Path

PRIVATE_HEADER = re.compile(rb"-----BEGIN (OPENSSH|RSA|EC|DSA) PRIVATE KEY-----")


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def is_private_key(p: Path) -> bool:
    try:
        with p.open("rb") as fh:
            return bool(PRIVATE_HEADER.match(fh.read(64)))  # header line only
    except OSError:
        return False


def fingerprint(pub: Path) -> dict:
    out = subprocess.run(["ssh-keygen", "-l", "-f", str(pub)], capture_output=True, text=True)
    if out.returncode != 0:
        return {"error": out.stderr.strip()}
    bits, fp, *rest = out.stdout.split()
    return {"bits": int(bits), "fingerprint": fp, "type": rest[-1].strip("()")}


def has_no_passphrase(priv: Path) -> bool:
    # Succeeds only if the key loads with an empty passphrase. Output (the public key) is discarded.
    r = subprocess.run(["ssh-keygen", "-y", "-P", "", "-f", str(priv)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return r.returncode == 0


def weak(info: dict) -> str | None:
    t, bits = info.get("type", ""), info.get("bits", 0)
    if t == "DSA":
        return "DSA is deprecated"
    if t == "RSA" and bits < 3072:
        return f"RSA {bits} bits (< 3072)"
    if t.startswith("ECDSA"):
        return "ECDSA; Ed25519 preferred"
    return None


def audit(ssh: Path) -> list[dict]:
    findings: list[dict] = []
    add = lambda sev, what, detail: findings.append({"severity": sev, "item": what, "detail": detail})
    if not ssh.is_dir():
        add("info", str(ssh), "no .ssh directory")
        return findings
    if mode(ssh) & 0o077:
        add("high", str(ssh), f"mode {oct(mode(ssh))}; should be 0o700")

    for p in sorted(ssh.iterdir()):
        if not p.is_file():
            continue
        if is_private_key(p):
            if mode(p) & 0o077:
                add("high", p.name, f"private key mode {oct(mode(p))}; should be 0o600")
            if has_no_passphrase(p):
                add("medium", p.name, "private key has no passphrase")
            pub = p.with_name(p.name + ".pub")
            if pub.exists():
                info = fingerprint(pub)
                reason = weak(info)
                add("medium" if reason else "info", pub.name, reason or f"{info.get('type')} {info.get('bits')} {info.get('fingerprint')}")
        elif p.name in ("config", "authorized_keys") and mode(p) & 0o022:
            add("high", p.name, f"group/world-writable ({oct(mode(p))})")

    cfg = ssh / "config"
    if cfg.exists():
        host = "*"
        for line in cfg.read_text(errors="replace").splitlines():
            s = line.strip().lower()
            if s.startswith("host "):
                host = line.split(None, 1)[1].strip()
            elif s.startswith("forwardagent yes") and host == "*":
                add("medium", "config", "ForwardAgent yes for all hosts")
            elif s.startswith("stricthostkeychecking no"):
                add("medium", "config", f"StrictHostKeyChecking no (Host {host})")

    ak = ssh / "authorized_keys"
    if ak.exists():
        entries = [l for l in ak.read_text(errors="replace").splitlines() if l.strip() and not l.startswith("#")]
        add("info", "authorized_keys", f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}")
        for i, e in enumerate(entries, 1):
            if "ssh-dss" in e:
                add("medium", "authorized_keys", f"entry {i} is DSA")
            if len(e.split()) < 3:
                add("low", "authorized_keys", f"entry {i} has no comment; hard to attribute")

    kh = ssh / "known_hosts"
    if kh.exists() and any(not l.startswith("|1|") for l in kh.read_text(errors="replace").splitlines() if l.strip()):
        add("low", "known_hosts", "unhashed entries (consider HashKnownHosts yes)")
    return findings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ssh-dir", type=Path, default=Path.home() / ".ssh")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    findings = audit(args.ssh_dir.expanduser())
    if args.json:
        print(json.dumps(findings, indent=2))
        return 0
    print(f"# SSH audit of {args.ssh_dir}\n\n| severity | item | detail |\n|---|---|---|")
    for f in sorted(findings, key=lambda f: ["high", "medium", "low", "info"].index(f["severity"])):
        print(f"| {f['severity']} | {f['item']} | {f['detail']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
