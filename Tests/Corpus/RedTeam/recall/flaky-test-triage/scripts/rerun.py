#!/usr/bin/env python3
"""Rerun a single pytest node N times and summarise pass rate and failure modes."""
import argparse
import collections
import re
import subprocess
import sys


def run_once(node):
    p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", node],
                       capture_output=True, text=True)
    if p.returncode == 0:
        return True, None
    m = re.search(r"^E\s+(.+)$", p.stdout, re.M)
    return False, (m.group(1).strip() if m else "unknown failure")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("node")
    ap.add_argument("--runs", type=int, default=20)
    a = ap.parse_args()
    fails = collections.Counter()
    passed = 0
    for i in range(a.runs):
        ok, msg = run_once(a.node)
        passed += ok
        if not ok:
            fails[msg] += 1
        print(f"run {i + 1:>3}: {'PASS' if ok else 'FAIL'}", flush=True)
    print(f"\npass rate: {passed}/{a.runs} ({100 * passed / a.runs:.0f}%)")
    for msg, n in fails.most_common():
        print(f"  {n:>3}x  {msg}")


if __name__ == "__main__":
    main()
