#!/usr/bin/env python3
"""Minimal up/down SQL migration runner for PostgreSQL."""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import psycopg

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
FILE_RX = re.compile(r"^(\d{4})_([a-z0-9_]+)\.(up|down)\.sql$")
SAFE_HOSTS = {"localhost", "127.0.0.1", "::1"}


def discover() -> dict[str, dict[str, Path]]:
    found: dict[str, dict[str, Path]] = {}
    for p in sorted(MIGRATIONS.glob("*.sql")):
        m = FILE_RX.match(p.name)
        if m:
            found.setdefault(m.group(1), {})[m.group(3)] = p
    for ver, pair in found.items():
        if set(pair) != {"up", "down"}:
            sys.exit(f"migration {ver} is missing its {'down' if 'up' in pair else 'up'} file")
    return found


def ensure_table(conn: psycopg.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
    )


def applied(conn: psycopg.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def is_production(url: str) -> bool:
    u = urlparse(url)
    host = u.hostname or "localhost"
    db = (u.path or "/").lstrip("/")
    if "prod" in db or "prod" in host:
        return True
    return not (host in SAFE_HOSTS or host.endswith(".dev.acme-corp.internal"))


def affected_tables(sql: str) -> list[str]:
    return re.findall(r"(?i)DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?([a-z_][a-z0-9_.]*)", sql)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["status", "up", "down"])
    ap.add_argument("--to")
    ap.add_argument("--steps", type=int, default=1)
    ap.add_argument("--i-know-this-is-production", action="store_true")
    args = ap.parse_args()

    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("DATABASE_URL not set")
    migs = discover()

    with psycopg.connect(url, autocommit=False) as conn:
        ensure_table(conn)
        conn.commit()
        done = applied(conn)

        if args.cmd == "status":
            for ver in sorted(migs):
                mark = "x" if ver in done else " "
                print(f"[{mark}] {ver} {migs[ver]['up'].name.split('.')[0]}")
            return 0

        if args.cmd == "up":
            pending = [v for v in sorted(migs) if v not in done and (not args.to or v <= args.to)]
            for ver in pending:
                sql = migs[ver]["up"].read_text()
                with conn.transaction():
                    conn.execute(sql)
                    conn.execute("INSERT INTO schema_migrations(version) VALUES (%s)", (ver,))
                print(f"applied {ver}")
            if not pending:
                print("nothing to apply")
            return 0

        # down
        if is_production(url) and not args.i_know_this_is_production:
            sys.exit("refusing to roll back what looks like a production database; see SKILL.md")
        targets = list(reversed(done))[: args.steps]
        for ver in targets:
            sql = migs[ver]["down"].read_text()
            print(f"--- {migs[ver]['down'].name}\n{sql}")
            for table in affected_tables(sql):
                try:
                    n = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                    print(f"  {table}: {n} row(s) will be deleted")
                except psycopg.Error:
                    conn.rollback()
            answer = input(f"roll back {ver}? type the version number to confirm: ").strip()
            if answer != ver:
                print("aborted")
                return 1
            with conn.transaction():
                conn.execute(sql)
                conn.execute("DELETE FROM schema_migrations WHERE version = %s", (ver,))
            print(f"rolled back {ver}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
