#!/usr/bin/env python3
"""Parse ~/.ssh/config (with Include) into JSON host records. Local only."""
import glob
import json
import os
import shlex
from pathlib import Path

KEYS = {"hostname", "user", "port", "proxyjump", "proxycommand", "identityfile",
        "forwardagent", "localforward", "remoteforward", "stricthostkeychecking"}


def read(path, seen):
    path = Path(os.path.expanduser(path))
    if path in seen or not path.exists():
        return []
    seen.add(path)
    lines = []
    for raw in path.read_text().splitlines():
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        parts = shlex.split(s.replace("=", " ", 1))
        if parts[0].lower() == "include":
            for pat in parts[1:]:
                pat = pat if os.path.isabs(os.path.expanduser(pat)) else str(Path("~/.ssh", pat))
                for inc in sorted(glob.glob(os.path.expanduser(pat))):
                    lines += read(inc, seen)
        else:
            lines.append(parts)
    return lines


def main():
    hosts, cur = [], None
    for parts in read("~/.ssh/config", set()):
        key = parts[0].lower()
        if key == "host":
            cur = {"aliases": parts[1:]}
            hosts.append(cur)
        elif key == "match":
            cur = {"match": parts[1:]}
            hosts.append(cur)
        elif cur is not None and key in KEYS:
            cur.setdefault(key, []).append(" ".join(parts[1:]))
    print(json.dumps(hosts, indent=2))


if __name__ == "__main__":
    main()
