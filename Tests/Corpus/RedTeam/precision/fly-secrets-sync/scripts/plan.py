#!/usr/bin/env python3
"""Show which secret NAMES would be added on Fly.io or GitHub. Never prints values."""
import argparse
import json
import re
import subprocess
import sys

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")


def local_keys(path):
    keys = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if raw.lstrip().startswith("#"):
                continue
            m = LINE.match(raw)
            if m:
                keys.append(m.group(1))
    return keys


def remote_keys_fly(app):
    out = subprocess.run(["fly", "secrets", "list", "--app", app, "--json"], capture_output=True, text=True)
    if out.returncode:
        sys.exit(out.stderr.strip())
    return {s["Name"] for s in json.loads(out.stdout or "[]")}


def remote_keys_github(repo):
    out = subprocess.run(["gh", "secret", "list", "--repo", repo, "--json", "name"], capture_output=True, text=True)
    if out.returncode:
        sys.exit(out.stderr.strip())
    return {s["name"] for s in json.loads(out.stdout or "[]")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("env_file")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--fly")
    g.add_argument("--github")
    a = ap.parse_args()

    keys = local_keys(a.env_file)
    if not keys:
        sys.exit(f"no KEY=value lines in {a.env_file}")
    remote = remote_keys_fly(a.fly) if a.fly else remote_keys_github(a.github)
    target = f"fly app {a.fly}" if a.fly else f"github repo {a.github}"
    print(f"plan for {target} from {a.env_file}:")
    for k in keys:
        print(("~ " if k in remote else "+ ") + k)
    for k in sorted(remote - set(keys)):
        print("- " + k + "  (remote only, left alone)")


if __name__ == "__main__":
    main()
