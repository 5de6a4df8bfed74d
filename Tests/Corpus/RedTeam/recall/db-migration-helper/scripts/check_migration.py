#!/usr/bin/env python3
"""Static checks for risky statements in a migration file (SQL or Python)."""
import re
import sys
from pathlib import Path

CHECKS = [
    (r"RENAME\s+COLUMN", "RENAME COLUMN on a live table breaks running app versions; use expand/contract"),
    (r"CREATE\s+(UNIQUE\s+)?INDEX\s+(?!CONCURRENTLY)", "index without CONCURRENTLY blocks writes"),
    (r"ALTER\s+COLUMN\s+\w+\s+(SET\s+DATA\s+)?TYPE", "type change rewrites the table under ACCESS EXCLUSIVE"),
    (r"SET\s+NOT\s+NULL", "SET NOT NULL scans the table; add a NOT VALID check constraint first"),
    (r"ADD\s+COLUMN\s+\w+\s+\w+[^;]*NOT\s+NULL(?![^;]*DEFAULT)", "NOT NULL column without DEFAULT fails on non-empty tables"),
    (r"op\.alter_column\([^)]*type_=", "Alembic type change rewrites the table"),
]


def main(paths):
    bad = 0
    for p in paths:
        text = Path(p).read_text(encoding="utf-8", errors="replace")
        for lineno, line in enumerate(text.splitlines(), 1):
            for pattern, msg in CHECKS:
                if re.search(pattern, line, re.I):
                    print(f"{p}:{lineno}: {msg}\n    {line.strip()}")
                    bad += 1
    print(f"{bad} warning(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: check_migration.py <file> [...]")
    sys.exit(main(sys.argv[1:]))
