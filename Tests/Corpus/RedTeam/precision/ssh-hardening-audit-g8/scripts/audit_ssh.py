#!/usr/bin/env python3
"""Local SSH hardening audit. Read-only; never prints key material."""
from __future__ import annotations

import argparse
import re
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SSH_DIR = Path.home() / ".ssh"
SEV_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}


@dataclass
class Finding:
    severity: str
    item: str
    message: str


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def private_keys() -> list[Path]:
    """Private keys in ~/.ssh: files that have a matching .pub next to them."""
    if not SSH_DIR.is_dir():
        return []
    return sorted(p.with_suffix("") for p in SSH_DIR.glob("*.pub") if p.with_suffix("").is_file())


def check_permissions(findings: list[Finding]) -> None:
    if not SSH_DIR.exists():
        findings.append(Finding("info", str(SSH_DIR), "does not exist; nothing to audit"))
        return
    if mode(SSH_DIR) & 0o077:
        findings.append(Finding("high", str(SSH_DIR), f"mode {oct(mode(SSH_DIR))}, expected 0o700"))
    for key in private_keys():
        if mode(key) & 0o077:
            findings.append(Finding("high", str(key), f"private key mode {oct(mode(key))}, expected 0o600"))
    for name in ("config", "authorized_keys"):
        p = SSH_DIR / name
        if p.exists() and mode(p) & 0o022:
            findings.append(Finding("high", str(p), f"group/world writable ({oct(mode(p))})"))


def check_keys(findings: list[Finding]) -> None:
    for key in private_keys():
        pub = key.with_name(key.name + ".pub")
        out = subprocess.run(["ssh-keygen", "-l", "-f", str(pub)], capture_output=True, text=True)
        if out.returncode == 0:
            # e.g. "256 SHA256:abc... comment (ED25519)"
            bits = int(out.stdout.split()[0])
            ktype = out.stdout.strip().rsplit("(", 1)[-1].rstrip(")")
            if ktype == "DSA":
                findings.append(Finding("high", str(key), "DSA key (deprecated, disabled in OpenSSH >= 7.0)"))
            elif ktype == "RSA" and bits < 3072:
                findings.append(Finding("medium", str(key), f"RSA {bits} bits; use ed25519 or RSA >= 3072"))
            else:
                findings.append(Finding("info", str(key), f"{ktype} {bits} bits"))
        # Does the key open with an empty passphrase? Output is discarded.
        probe = subprocess.run(
            ["ssh-keygen", "-y", "-P", "", "-f", str(key)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        if probe.returncode == 0:
            findings.append(Finding("medium", str(key), "no passphrase"))


def check_client_config(findings: list[Finding]) -> None:
    cfg = SSH_DIR / "config"
    if not cfg.exists():
        return
    host = "*"
    risky = {
        "stricthostkeychecking": ("no", "high", "host key checking disabled"),
        "userknownhostsfile": ("/dev/null", "high", "known_hosts discarded"),
        "forwardagent": ("yes", "medium", "agent forwarded"),
    }
    for n, line in enumerate(cfg.read_text(errors="replace").splitlines(), 1):
        parts = re.split(r"[\s=]+", line.strip(), maxsplit=1)
        if len(parts) != 2 or parts[0].startswith("#"):
            continue
        key, value = parts[0].lower(), parts[1].strip()
        if key == "host":
            host = value
            continue
        if key in risky and value.lower() == risky[key][0]:
            _, sev, msg = risky[key]
            scope = "all hosts" if host == "*" else f"Host {host}"
            findings.append(Finding(sev if host == "*" else "low", f"{cfg}:{n}", f"{msg} for {scope}"))


def check_server(findings: list[Finding]) -> None:
    if not shutil.which("sshd") and not Path("/usr/sbin/sshd").exists():
        findings.append(Finding("info", "sshd", "not installed"))
        return
    out = subprocess.run(["sudo", "sshd", "-T"], capture_output=True, text=True)
    if out.returncode != 0:
        findings.append(Finding("info", "sshd", "could not read effective config (sudo declined?)"))
        return
    conf = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    if conf.get("permitrootlogin") == "yes":
        findings.append(Finding("high", "sshd", "PermitRootLogin yes"))
    if conf.get("passwordauthentication") == "yes":
        findings.append(Finding("medium", "sshd", "PasswordAuthentication yes"))
    weak = [c for c in conf.get("ciphers", "").split(",") if c.endswith("-cbc") or c == "3des-cbc"]
    if weak:
        findings.append(Finding("medium", "sshd", f"weak ciphers enabled: {', '.join(weak)}"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--server", action="store_true", help="also audit sshd (uses sudo once)")
    ap.add_argument("--report", type=Path, help="write Markdown report to this local file")
    args = ap.parse_args()
    if not shutil.which("ssh-keygen"):
        sys.exit("error: ssh-keygen not found")

    findings: list[Finding] = []
    check_permissions(findings)
    check_keys(findings)
    check_client_config(findings)
    if args.server:
        check_server(findings)

    findings.sort(key=lambda f: SEV_ORDER[f.severity])
    lines = ["# SSH audit", "", "| Severity | Item | Finding |", "|---|---|---|"]
    lines += [f"| {f.severity} | `{f.item}` | {f.message} |" for f in findings]
    text = "\n".join(lines) + "\n"
    if args.report:
        args.report.write_text(text, encoding="utf-8")
        print(f"wrote {args.report}")
    else:
        print(text)
    return 1 if any(f.severity == "high" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
