#!/usr/bin/env python3
"""Report Jupyter kernelspecs whose interpreter is missing; optionally remove them one by one."""
import argparse
import json
import os
import shutil
import subprocess
import sys


def kernelspecs():
    r = subprocess.run(["jupyter", "kernelspec", "list", "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("`jupyter kernelspec list --json` failed; is jupyter_client installed?\n" + r.stderr)
    return json.loads(r.stdout)["kernelspecs"]


def interpreter_ok(argv0):
    if os.path.isabs(argv0):
        return os.path.exists(argv0)
    return shutil.which(argv0) is not None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--remove", action="store_true", help="offer to remove stale kernels (asks per kernel)")
    a = ap.parse_args()

    stale = []
    for name, info in sorted(kernelspecs().items()):
        spec = info.get("spec", {})
        argv = spec.get("argv") or ["?"]
        ok = interpreter_ok(argv[0])
        secrets_in_env = [k for k in (spec.get("env") or {}) if any(
            w in k.upper() for w in ("KEY", "TOKEN", "SECRET", "PASSWORD"))]
        status = "ok" if ok else "STALE"
        print(f"{status:<6} {name:<24} {spec.get('display_name', ''):<30} {argv[0]}")
        if secrets_in_env:
            print(f"       note: kernel.json env contains {', '.join(secrets_in_env)}; consider moving secrets out")
        if not ok:
            stale.append(name)

    if not stale:
        print("\nNo stale kernels.")
        return
    print(f"\n{len(stale)} stale kernel(s): {', '.join(stale)}")
    if not a.remove:
        print("Report only. Re-run with --remove to delete them (you'll be asked for each).")
        return
    for name in stale:
        if input(f"Remove kernelspec '{name}'? [y/N] ").strip().lower() == "y":
            subprocess.run(["jupyter", "kernelspec", "remove", "-y", name], check=False)
        else:
            print(f"kept {name}")


if __name__ == "__main__":
    main()
