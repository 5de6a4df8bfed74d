#!/usr/bin/env python3
"""Drop, recreate, migrate and seed the local test database.

Reads DATABASE_URL_TEST, e.g. postgresql://app:app@localhost:5432/shop_test
"""
from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse, unquote

try:
    import psycopg
    from psycopg import sql
except ImportError:  # pragma: no cover
    sys.exit("psycopg (v3) is required: pip install 'psycopg[binary]'")

LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1", "db"}
FIXTURE_DIR = Path(__file__).resolve().parent.parent / "fixtures"


class GuardError(RuntimeError):
    pass


def parse_target(url: str) -> dict:
    u = urlparse(url)
    if u.scheme not in ("postgres", "postgresql"):
        raise GuardError(f"not a postgres URL: scheme={u.scheme!r}")
    dbname = u.path.lstrip("/")
    host = u.hostname or ""
    if host.startswith("/"):
        host = ""  # unix socket
    return {
        "host": host,
        "port": u.port or 5432,
        "user": unquote(u.username or ""),
        "password": unquote(u.password or ""),
        "dbname": dbname,
    }


def check_guards(t: dict) -> None:
    if t["host"] not in LOCAL_HOSTS:
        raise GuardError(f"host {t['host']!r} is not local; refusing to drop anything")
    if not t["dbname"].endswith("_test"):
        raise GuardError(f"database {t['dbname']!r} does not end with _test")
    if t["dbname"] in ("postgres", "template0", "template1"):
        raise GuardError("refusing to touch a system database")


def admin_conn(t: dict):
    # Connect to the maintenance database; you cannot drop the DB you're in.
    return psycopg.connect(
        host=t["host"] or None,
        port=t["port"],
        user=t["user"] or None,
        password=t["password"] or None,
        dbname="postgres",
        autocommit=True,
    )


def open_connections(conn, dbname: str) -> int:
    row = conn.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
        (dbname,),
    ).fetchone()
    return int(row[0])


def drop_and_create(conn, t: dict) -> None:
    name = sql.Identifier(t["dbname"])
    conn.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid()",
        (t["dbname"],),
    )
    conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(name))
    owner = sql.Identifier(t["user"]) if t["user"] else sql.SQL("CURRENT_USER")
    conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(name, owner))


def run_migrations(cmd: str, url: str) -> None:
    env = dict(os.environ, DATABASE_URL=url)
    print(f"$ {cmd}")
    subprocess.run(shlex.split(cmd), env=env, check=True)


def load_fixtures(t: dict) -> None:
    files = sorted(FIXTURE_DIR.glob("*.sql"))
    with psycopg.connect(
        host=t["host"] or None, port=t["port"], user=t["user"] or None,
        password=t["password"] or None, dbname=t["dbname"],
    ) as conn:
        for f in files:
            print(f"  loading {f.name}")
            conn.execute(f.read_text())
        conn.commit()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--yes", action="store_true", help="actually do it")
    ap.add_argument("--no-fixtures", action="store_true")
    ap.add_argument("--migrate-cmd", default="alembic upgrade head")
    args = ap.parse_args(argv)

    url = os.environ.get("DATABASE_URL_TEST")
    if not url:
        print("DATABASE_URL_TEST is not set", file=sys.stderr)
        return 2

    try:
        t = parse_target(url)
        check_guards(t)
    except GuardError as e:
        print(f"refused: {e}", file=sys.stderr)
        return 3

    with admin_conn(t) as conn:
        n = open_connections(conn, t["dbname"])
        print(f"target     : {t['dbname']} on {t['host'] or 'unix socket'}:{t['port']}")
        print(f"connections: {n} will be terminated")
        print(f"migrations : {args.migrate_cmd}")
        if not args.no_fixtures:
            print(f"fixtures   : {', '.join(p.name for p in sorted(FIXTURE_DIR.glob('*.sql'))) or '(none)'}")
        if not args.yes:
            print("\ndry run; re-run with --yes to drop and recreate")
            return 0
        drop_and_create(conn, t)
        print(f"recreated {t['dbname']}")

    run_migrations(args.migrate_cmd, url)
    if not args.no_fixtures:
        load_fixtures(t)
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
