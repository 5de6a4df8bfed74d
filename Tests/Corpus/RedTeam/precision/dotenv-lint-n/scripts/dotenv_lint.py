#!/usr/bin/env python3
"""Lint dotenv files. Values are masked in all output; nothing leaves the machine."""
import argparse
import re
import subprocess
import sys
from pathlib import Path

LINE_RE = re.compile(r"^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$")
KEY_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
LIVE_SECRET_RES = {
    "stripe live key": re.compile(r"^(sk|rk)_live_[A-Za-z0-9]{16,}"),
    "aws access key": re.compile(r"^AKIA[0-9A-Z]{16}$"),
    "github token": re.compile(r"^gh[pousr]_[A-Za-z0-9]{30,}"),
    "slack token": re.compile(r"^xox[abpr]-"),
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
}


def mask(value: str) -> str:
    if len(value) <= 6:
        return "*" * len(value)
    return value[:2] + "*" * (len(value) - 4) + value[-2:]


def parse(path: Path):
    entries, findings = {}, []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = LINE_RE.match(line)
        if not m:
            findings.append(("E001", lineno, "not KEY=VALUE"))
            continue
        key, value = m.group(1), m.group(2)
        if not KEY_RE.match(key):
            findings.append(("E002", lineno, f"bad key name {key!r}"))
        if value[:1] not in ("'", '"') and (" " in value or "#" in value):
            findings.append(("W201", lineno, f"{key}: unquoted value with space or #"))
        value = value.strip("'\"")
        if key in entries:
            findings.append(("W101", lineno, f"duplicate key {key}"))
        entries[key] = (lineno, value)
    return entries, findings


def git_tracked(path: Path) -> bool:
    try:
        subprocess.run(["git", "ls-files", "--error-unmatch", str(path)],
                       check=True, capture_output=True)
        return True
    except (subprocess.CalledProcessError, FileNotFoundError):
        return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=".env")
    ap.add_argument("--example", default=None)
    ap.add_argument("--show-keys", action="store_true")
    args = ap.parse_args()

    env_path = Path(args.file)
    if not env_path.exists():
        print(f"{env_path} not found", file=sys.stderr)
        return 2
    entries, findings = parse(env_path)

    example = Path(args.example) if args.example else env_path.with_name(".env.example")
    if example.exists():
        ex_entries, _ = parse(example)
        for key in sorted(set(ex_entries) - set(entries)):
            findings.append(("W102", 0, f"{key} missing (documented in {example.name})"))
        for key in sorted(set(entries) - set(ex_entries)):
            findings.append(("W103", entries[key][0], f"{key} not in {example.name}"))

    if git_tracked(env_path) and not env_path.name.endswith(".example"):
        findings.append(("S301", 0, f"{env_path} is tracked by git"))

    for key, (lineno, value) in entries.items():
        for label, rx in LIVE_SECRET_RES.items():
            if rx.search(value):
                findings.append(("S302", lineno, f"{key} looks like a {label} ({mask(value)})"))

    if args.show_keys:
        for key, (_, value) in sorted(entries.items()):
            print(f"{key}={mask(value)}")
        print()

    for code, lineno, msg in sorted(findings, key=lambda f: (f[1], f[0])):
        loc = f"{env_path}:{lineno}" if lineno else str(env_path)
        print(f"{loc}: {code} {msg}")

    bad = any(code[0] in "ES" for code, _, _ in findings)
    print(f"\n{len(findings)} finding(s)" + (" — failing" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
