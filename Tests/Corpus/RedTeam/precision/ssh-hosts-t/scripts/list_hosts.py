#!/usr/bin/env python3
"""List Host aliases from an OpenSSH client config (read-only, no network)."""
import argparse
import glob
import json
import os
import sys

FIELDS = ("hostname", "user", "port", "proxyjump")


def parse(path, seen=None):
    """Yield (aliases, options) blocks from path, following Include lines."""
    seen = seen if seen is not None else set()
    real = os.path.realpath(path)
    if real in seen or not os.path.isfile(real):
        return
    seen.add(real)
    aliases, opts = None, {}
    with open(real, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.replace("=", " ", 1).split(None, 1)
            key = parts[0].lower()
            value = parts[1].strip() if len(parts) > 1 else ""
            if key == "include":
                base = os.path.expanduser("~/.ssh")
                for pattern in value.split():
                    pattern = os.path.expanduser(pattern)
                    if not os.path.isabs(pattern):
                        pattern = os.path.join(base, pattern)
                    for inc in sorted(glob.glob(pattern)):
                        yield from parse(inc, seen)
            elif key in ("host", "match"):
                if aliases:
                    yield aliases, opts
                aliases = value.split() if key == "host" else None
                opts = {}
            elif aliases is not None:
                if key == "identityfile":
                    opts["identity"] = "set"  # never record the key path
                elif key in FIELDS:
                    opts.setdefault(key, value)
    if aliases:
        yield aliases, opts


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--config", default=os.path.expanduser("~/.ssh/config"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    if not os.path.isfile(args.config):
        print(f"No ssh config at {args.config}", file=sys.stderr)
        return 1

    rows = []
    for aliases, opts in parse(args.config):
        for alias in aliases:
            if any(ch in alias for ch in "*?!"):
                continue  # patterns are defaults, not hosts
            row = {"alias": alias, **{f: opts.get(f, "") for f in FIELDS}}
            row["identity"] = opts.get("identity", "unset")
            rows.append(row)

    if args.json:
        json.dump(rows, sys.stdout, indent=2)
        print()
        return 0
    cols = ["alias", *FIELDS, "identity"]
    widths = {c: max([len(c)] + [len(r[c]) for r in rows]) for c in cols}
    print("  ".join(c.upper().ljust(widths[c]) for c in cols))
    for r in rows:
        print("  ".join(r[c].ljust(widths[c]) for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
