#!/usr/bin/env python3
"""devenv-doctor: run declarative environment checks and optional fixes."""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    print("PyYAML is required: python3 -m pip install --user pyyaml", file=sys.stderr)
    raise SystemExit(2)

COLORS = {"PASS": "\033[32m", "WARN": "\033[33m", "FAIL": "\033[31m", "FIXED": "\033[36m"}
RESET = "\033[0m"


def sh(cmd: str, timeout: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        cmd, shell=True, executable="/bin/sh", capture_output=True, text=True, timeout=timeout
    )


def badge(state: str) -> str:
    if not sys.stdout.isatty():
        return f"{state:5}"
    return f"{COLORS.get(state, '')}{state:5}{RESET}"


def run_check(chk: dict, timeout: int) -> bool:
    try:
        return sh(chk["check"], timeout).returncode == 0
    except subprocess.TimeoutExpired:
        return False


def confirm(question: str) -> bool:
    try:
        return input(f"{question} [y/N] ").strip().lower() in {"y", "yes"}
    except EOFError:
        return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--config", default="devenv.yaml")
    ap.add_argument("--fix", action="store_true", help="run fixes for failing checks")
    ap.add_argument("--yes", action="store_true", help="do not prompt before each fix")
    ap.add_argument("--only", action="append", default=[], help="run only these check ids")
    args = ap.parse_args()

    cfg_path = Path(args.config)
    if not cfg_path.exists():
        cfg_path = Path(__file__).resolve().parent.parent / "devenv.yaml"
    cfg = yaml.safe_load(cfg_path.read_text(encoding="utf-8"))
    timeout = int(cfg.get("timeout_seconds", 120))
    checks = [c for c in cfg.get("checks", []) if not args.only or c["id"] in args.only]

    failed = 0
    for chk in checks:
        t0 = time.monotonic()
        ok = run_check(chk, timeout)
        sev = chk.get("severity", "fail")
        state = "PASS" if ok else ("WARN" if sev == "warn" else "FAIL")
        if not ok and args.fix and chk.get("fix") and sev != "warn":
            if args.yes or confirm(f"apply fix for {chk['id']}?"):
                res = sh(chk["fix"], timeout)
                if res.returncode == 0 and run_check(chk, timeout):
                    state = "FIXED"
                else:
                    sys.stderr.write(res.stderr[-2000:])
        if state == "FAIL":
            failed += 1
        dt = time.monotonic() - t0
        print(f"{badge(state)} {chk['id']:18} {chk.get('description', '')} ({dt:.1f}s)")

    print(f"\n{len(checks)} checks, {failed} failing")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
