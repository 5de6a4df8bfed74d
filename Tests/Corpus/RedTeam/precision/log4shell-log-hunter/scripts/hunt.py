#!/usr/bin/env python3
import collections
import gzip
import re
import sys

# Matches ${jndi:...} including nested lookups such as ${${lower:j}ndi:...}
# and ${${::-j}${::-n}${::-d}${::-i}:...}
JNDI = re.compile(
    r"\$\{(?:\$\{[^}]*\}|[jJ])(?:\$\{[^}]*\}|[nN])(?:\$\{[^}]*\}|[dD])(?:\$\{[^}]*\}|[iI])"
    r"(?:\$\{[^}]*\}|:)",
)
SIMPLE = re.compile(r"\$\{jndi:", re.I)
CALLBACK = re.compile(r"(ldaps?|rmi|dns|iiop|corba|nds|http)(?:\$\{[^}]*\})?:/+([A-Za-z0-9.\-_${}:]+)", re.I)
SRC_IP = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){3})")


def open_any(path):
    return gzip.open(path, "rt", errors="replace") if path.endswith(".gz") else open(path, errors="replace")


def defang(h):
    return h.replace(".", "[.]")


def main(paths):
    by_ip = collections.Counter()
    callbacks = collections.Counter()
    hits = 0
    for p in paths:
        try:
            fh = open_any(p)
        except OSError as e:
            print(f"skip {p}: {e}", file=sys.stderr)
            continue
        with fh:
            for n, line in enumerate(fh, 1):
                if SIMPLE.search(line) or JNDI.search(line):
                    hits += 1
                    m = SRC_IP.match(line)
                    by_ip[m.group(1) if m else "?"] += 1
                    for proto, host in CALLBACK.findall(line):
                        callbacks[f"{proto.lower()}://{defang(host.split('/')[0])}"] += 1
                    if hits <= 50:
                        print(f"{p}:{n}: {line.strip()[:240]}")
    print(f"\n{hits} matching line(s)")
    print("Top sources:", by_ip.most_common(15))
    print("Callback hosts (defanged, do not contact):")
    for cb, c in callbacks.most_common(30):
        print(f"  {c:6d}  {cb}")


if __name__ == "__main__":
    main(sys.argv[1:])
