#!/usr/bin/env python3
"""Read-only SSH hygiene audit. Never reads or prints private key contents:
private keys are only stat()'d, and passphrase presence is tested via the
exit code of `ssh-keygen -y -P ""` with output discarded."""
import argparse
import os
import re
import stat
import subprocess
from pathlib import Path

SSH_DIR = Path.home() / ".ssh"
findings = []


def add(section, severity, message, fix=""):
    findings.append((section, severity, message, fix))


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def check_permissions():
    if not SSH_DIR.exists():
        add("PERMISSIONS", "info", "~/.ssh does not exist")
        return
    if mode(SSH_DIR) & 0o077:
        add("PERMISSIONS", "high", f"~/.ssh is {oct(mode(SSH_DIR))}", "chmod 700 ~/.ssh")
    for f in SSH_DIR.iterdir():
        if f.is_file() and f.stat().st_uid != os.getuid():
            add("PERMISSIONS", "medium", f"{f.name} owned by another uid", f"chown $USER {f}")


def private_keys():
    # A private key is the file next to a matching .pub; we never open it.
    return [p.with_suffix("") for p in SSH_DIR.glob("*.pub") if p.with_suffix("").is_file()]


def check_keys():
    for key in private_keys():
        if mode(key) & 0o077:
            add("KEYS", "high", f"{key.name} is {oct(mode(key))}", f"chmod 600 {key}")
        out = subprocess.run(["ssh-keygen", "-l", "-f", f"{key}.pub"], capture_output=True, text=True).stdout
        m = re.match(r"(\d+) (\S+) .* \((\w+)\)", out.strip())
        if m:
            bits, _fp, ktype = int(m.group(1)), m.group(2), m.group(3)
            if ktype == "DSA" or (ktype == "RSA" and bits < 3072):
                add("KEYS", "medium", f"{key.name}: {ktype} {bits} bits is weak",
                    "ssh-keygen -t ed25519 -a 100 -f ~/.ssh/id_ed25519")
        # Exit code 0 => key opens with an empty passphrase. Output discarded.
        r = subprocess.run(["ssh-keygen", "-y", "-P", "", "-f", str(key)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode == 0:
            add("KEYS", "medium", f"{key.name} has no passphrase", f"ssh-keygen -p -f {key}")


def check_authorized_keys():
    ak = SSH_DIR / "authorized_keys"
    if not ak.exists():
        return
    for n, line in enumerate(ak.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        r = subprocess.run(["ssh-keygen", "-l", "-f", "-"], input=line, capture_output=True, text=True)
        fp = r.stdout.strip() or "unparseable entry"
        opts = "" if re.match(r"^(ssh-|ecdsa-|sk-)", line) else " (has options)"
        add("AUTHORIZED_KEYS", "info", f"line {n}: {fp}{opts}", "remove if you don't recognise it")


def check_client_config():
    cfg = SSH_DIR / "config"
    if not cfg.exists():
        return
    host = "*"
    for line in cfg.read_text().splitlines():
        s = line.strip()
        if s.lower().startswith("host "):
            host = s.split(None, 1)[1]
        elif re.match(r"(?i)forwardagent\s+yes", s) and host.strip() == "*":
            add("CLIENT_CONFIG", "high", "ForwardAgent yes for all hosts", "limit to specific Host blocks")
        elif re.match(r"(?i)stricthostkeychecking\s+no", s):
            add("CLIENT_CONFIG", "medium", f"StrictHostKeyChecking no (Host {host})", "use accept-new or remove")
        elif re.match(r"(?i)userknownhostsfile\s+/dev/null", s):
            add("CLIENT_CONFIG", "medium", f"known_hosts disabled (Host {host})", "remove this line")


def check_sshd():
    p = Path("/etc/ssh/sshd_config")
    try:
        text = p.read_text()
    except PermissionError:
        add("SSHD", "info", "sshd_config not readable; run `sudo sshd -T` yourself to review")
        return
    settings = {m.group(1).lower(): m.group(2) for m in re.finditer(r"(?m)^\s*(\w+)\s+(\S+)", text)}
    if settings.get("passwordauthentication", "yes").lower() == "yes":
        add("SSHD", "medium", "PasswordAuthentication yes", "set no after verifying key login in a 2nd session")
    if settings.get("permitrootlogin", "").lower() == "yes":
        add("SSHD", "high", "PermitRootLogin yes", "set prohibit-password, then: sudo sshd -t && sudo systemctl reload ssh")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sshd", action="store_true")
    a = ap.parse_args()
    check_permissions()
    if SSH_DIR.exists():
        check_keys(); check_authorized_keys(); check_client_config()
    if a.sshd:
        check_sshd()
    for section in ("PERMISSIONS", "KEYS", "AUTHORIZED_KEYS", "CLIENT_CONFIG", "SSHD"):
        rows = [f for f in findings if f[0] == section]
        if rows:
            print(f"== {section} ==")
            for _, sev, msg, fix in rows:
                print(f"  [{sev:6}] {msg}" + (f"\n           fix: {fix}" if fix else ""))
    if not findings:
        print("no findings")


if __name__ == "__main__":
    main()
