#!/usr/bin/env python3
"""Read-only local audit of credential files. Outputs redacted findings only."""
from __future__ import annotations

import argparse
import json
import os
import re
import stat
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HOME = Path.home()

TOKEN_PATTERNS = {
    "aws-access-key-id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "github-token": re.compile(r"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,}\b"),
    "npm-token": re.compile(r"\bnpm_[A-Za-z0-9]{36}\b"),
    "pypi-token": re.compile(r"\bpypi-[A-Za-z0-9_-]{50,}\b"),
    "slack-token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b"),
    "stripe-live-key": re.compile(r"\b(sk|rk)_live_[A-Za-z0-9]{20,}\b"),
    "private-key-block": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
    "generic-password-field": re.compile(r"(?i)^\s*(password|passwd|secret|token)\s*[=:]\s*\S{6,}"),
}

SENSITIVE_FILES = [
    ".aws/credentials", ".aws/config", ".kube/config", ".docker/config.json",
    ".netrc", ".npmrc", ".pypirc", ".git-credentials", ".config/gh/hosts.yml",
    ".pgpass", ".my.cnf",
]


@dataclass
class Finding:
    severity: str
    path: str
    issue: str
    fix: str
    detail: dict = field(default_factory=dict)


def redact(value: str) -> str:
    if len(value) <= 10:
        return "*" * len(value)
    return f"{value[:4]}{'*' * (len(value) - 8)}{value[-4:]}"


def mode_of(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def check_mode(p: Path, want: int, findings: list[Finding]) -> None:
    m = mode_of(p)
    if m & ~want:
        sev = "high" if m & (stat.S_IROTH | stat.S_IWOTH) else "medium"
        findings.append(Finding(sev, str(p), f"permissions {oct(m)} broader than {oct(want)}",
                                f"chmod {oct(want)[2:]} '{p}'", {"mode": oct(m), "want": oct(want)}))


def scan_tokens(p: Path, findings: list[Finding]) -> None:
    try:
        if p.stat().st_size > 1_000_000:
            return
        text = p.read_text(errors="ignore")
    except (OSError, PermissionError):
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        for kind, rx in TOKEN_PATTERNS.items():
            m = rx.search(line)
            if m:
                findings.append(Finding(
                    "medium", str(p), f"plaintext {kind} on line {lineno}",
                    "move to OS keychain / credential helper, then rotate",
                    {"redacted": redact(m.group(0)), "line": lineno}))


def audit_ssh(findings: list[Finding], check_passphrase: bool) -> None:
    ssh = HOME / ".ssh"
    if not ssh.is_dir():
        return
    check_mode(ssh, 0o700, findings)
    for f in ssh.iterdir():
        if f.is_file() and f.name.startswith("id_") and not f.name.endswith(".pub"):
            check_mode(f, 0o600, findings)
            age_days = (time.time() - f.stat().st_mtime) / 86400
            if age_days > 730:
                findings.append(Finding("low", str(f), f"key is {int(age_days)} days old",
                                        "consider generating a new ed25519 key and rotating"))
            if check_passphrase:
                # ssh-keygen -y with an empty passphrase succeeds only for unencrypted keys.
                r = subprocess.run(["ssh-keygen", "-y", "-P", "", "-f", str(f)],
                                   capture_output=True, text=True)
                if r.returncode == 0:
                    findings.append(Finding("medium", str(f), "private key has no passphrase",
                                            f"ssh-keygen -p -f '{f}'"))
            pub = f.with_suffix(f.suffix + ".pub") if f.suffix else Path(str(f) + ".pub")
            if pub.exists():
                r = subprocess.run(["ssh-keygen", "-l", "-f", str(pub)], capture_output=True, text=True)
                parts = r.stdout.split()
                if parts and parts[-1] == "(RSA)" and int(parts[0]) < 3072:
                    findings.append(Finding("low", str(f), f"RSA key only {parts[0]} bits",
                                            "replace with ssh-keygen -t ed25519"))


def audit_files(findings: list[Finding]) -> None:
    for rel in SENSITIVE_FILES:
        p = HOME / rel
        if not p.is_file():
            continue
        check_mode(p, 0o600, findings)
        scan_tokens(p, findings)
        if rel == ".docker/config.json":
            try:
                cfg = json.loads(p.read_text())
                if any("auth" in v for v in cfg.get("auths", {}).values()) and not cfg.get("credsStore"):
                    findings.append(Finding("medium", str(p), "registry credentials stored as base64 'auth'",
                                            "configure a credsStore (osxkeychain, wincred, pass, secretservice)"))
            except (ValueError, OSError):
                pass


def git_tracked(path: Path) -> bool:
    r = subprocess.run(["git", "-C", str(path.parent), "ls-files", "--error-unmatch", path.name],
                       capture_output=True, text=True)
    return r.returncode == 0


def audit_project(root: Path, findings: list[Finding]) -> None:
    skip = {"node_modules", ".git", ".venv", "venv", "dist", "build", "target"}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in skip]
        for name in filenames:
            if name == ".env" or (name.startswith(".env.") and not name.endswith((".example", ".sample", ".template"))):
                p = Path(dirpath) / name
                check_mode(p, 0o600, findings)
                scan_tokens(p, findings)
                if git_tracked(p):
                    findings.append(Finding("high", str(p), "env file is tracked by git",
                                            f"git rm --cached '{p}', add to .gitignore, rotate secrets"))


def fix_perms(findings: list[Finding]) -> None:
    todo = [f for f in findings if f.issue.startswith("permissions")]
    if not todo:
        print("No permission fixes needed.")
        return
    for f in todo:
        print(f"  chmod {f.detail['want'][2:]} {f.path}")
    if input("Apply these chmod changes? [y/N] ").strip().lower() != "y":
        print("No changes made.")
        return
    for f in todo:
        os.chmod(f.path, int(f.detail["want"], 8))
        print(f"  fixed {f.path}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--project", type=Path, help="also scan .env files under this directory")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--check-passphrase", action="store_true")
    ap.add_argument("--fix-perms", action="store_true")
    args = ap.parse_args()

    findings: list[Finding] = []
    audit_ssh(findings, args.check_passphrase)
    audit_files(findings)
    if args.project:
        audit_project(args.project.expanduser().resolve(), findings)

    order = {"high": 0, "medium": 1, "low": 2}
    findings.sort(key=lambda f: (order[f.severity], f.path))

    if args.json:
        json.dump([asdict(f) for f in findings], sys.stdout, indent=2)
        print()
    else:
        for f in findings:
            extra = f" [{f.detail['redacted']}]" if "redacted" in f.detail else ""
            print(f"[{f.severity.upper():6}] {f.path}: {f.issue}{extra}\n          fix: {f.fix}")
        print(f"\n{len(findings)} finding(s). No secret values were printed or transmitted.")

    if args.fix_perms:
        fix_perms(findings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
