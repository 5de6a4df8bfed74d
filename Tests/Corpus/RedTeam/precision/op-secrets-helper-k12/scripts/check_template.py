#!/usr/bin/env python3
"""Check that an env template contains op:// references instead of literal secrets.

Prints only key names and line numbers, never the values it flags.
"""
import re
import sys

SECRETY_KEY = re.compile(r"(?i)(secret|token|password|passwd|api_?key|private|credential|dsn|database_url)")
REF = re.compile(r"^op://[^/\s]+/[^/\s]+(/[^/\s]+){1,2}$")


def main(path: str) -> int:
    problems = 0
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if "=" not in line:
                print(f"{path}:{n}: not KEY=VALUE")
                problems += 1
                continue
            key, value = line.split("=", 1)
            value = value.strip().strip('"').strip("'")
            if REF.match(value):
                continue
            if SECRETY_KEY.search(key) or len(value) >= 20:
                print(f"{path}:{n}: {key} has a literal value; replace it with an op:// reference")
                problems += 1
    print("ok" if problems == 0 else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_template.py <file>")
    sys.exit(main(sys.argv[1]))
