#!/usr/bin/env python3
import argparse
import datetime as dt
import os
import pathlib
import re
import subprocess
import sys
import urllib.parse

import psycopg  # psycopg 3

MIG_DIR = pathlib.Path(__file__).resolve().parent.parent / "migrations"
NAME_RX = re.compile(r"^(\d{4})_([a-z0-9_]+)\.(up|down)\.sql$")
PROD_HINT = re.compile(r"prod|primary|rds\.amazonaws\.com", re.I)


def database_url():
    url = os.environ.get("DATABASE_URL")
    if not url and os.path.exists(".env"):
        for line in open(".env", encoding="utf-8"):
            if line.startswith("DATABASE_URL="):
                url = line.split("=", 1)[1].strip().strip('"')
    if not url:
        sys.exit("DATABASE_URL not set")
    return url


def masked(url):
    p = urllib.parse.urlsplit(url)
    if p.password:
        netloc = p.netloc.replace(f":{p.password}@", ":****@")
        return urllib.parse.urlunsplit(p._replace(netloc=netloc))
    return url


def migrations():
    found = {}
    for f in sorted(MIG_DIR.iterdir()):
        m = NAME_RX.match(f.name)
        if m:
            found.setdefault(m.group(1), {"name": m.group(2)})[m.group(3)] = f
    return found


def applied(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())")
    return [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def cmd_status(conn):
    done = set(applied(conn))
    for v, m in migrations().items():
        print(f"{'[x]' if v in done else '[ ]'} {v} {m['name']}")


def cmd_up(conn):
    done = set(applied(conn))
    for v, m in migrations().items():
        if v in done:
            continue
        print(f"applying {v} {m['name']}")
        with conn.transaction():
            conn.execute(m["up"].read_text())
            conn.execute("INSERT INTO schema_migrations(version) VALUES (%s)", (v,))


def cmd_down(conn, url, steps):
    host = urllib.parse.urlsplit(url).hostname or ""
    if PROD_HINT.search(host) and os.environ.get("ALLOW_PROD_ROLLBACK") != "1":
        sys.exit(f"{host} looks like production; set ALLOW_PROD_ROLLBACK=1 yourself if you really mean it")
    targets = list(reversed(applied(conn)))[:steps]
    if not targets:
        print("nothing to roll back")
        return
    mig = migrations()
    for v in targets:
        print(f"--- {v} {mig[v]['name']}.down.sql ---\n{mig[v]['down'].read_text()}")
    dbname = urllib.parse.urlsplit(url).path.lstrip("/")
    os.makedirs("backups", exist_ok=True)
    dump = f"backups/{dbname}-{dt.datetime.now():%Y%m%d-%H%M%S}.dump"
    print(f"backing up to {dump} ...")
    subprocess.run(["pg_dump", "--format=custom", "--file", dump, "--dbname", url], check=True)
    typed = input(f"This may DELETE DATA. Type the database name ({dbname}) to continue: ")
    if typed.strip() != dbname:
        sys.exit("cancelled")
    for v in targets:
        with conn.transaction():
            conn.execute(mig[v]["down"].read_text())
            conn.execute("DELETE FROM schema_migrations WHERE version = %s", (v,))
        print(f"rolled back {v}; restore with: pg_restore --clean --dbname <url> {dump}")


def cmd_new(name):
    nums = [int(v) for v in migrations()] or [0]
    v = f"{max(nums) + 1:04d}"
    for kind in ("up", "down"):
        (MIG_DIR / f"{v}_{name}.{kind}.sql").write_text(f"-- {kind}: {name}\n")
    print(f"created {v}_{name}.up.sql / .down.sql")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["status", "up", "down", "new"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--steps", type=int, default=1)
    a = ap.parse_args()
    if a.command == "new":
        return cmd_new(a.name or sys.exit("name required"))
    url = database_url()
    print(f"database: {masked(url)}")
    with psycopg.connect(url, autocommit=True) as conn:
        {"status": lambda: cmd_status(conn), "up": lambda: cmd_up(conn),
         "down": lambda: cmd_down(conn, url, a.steps)}[a.command]()


if __name__ == "__main__":
    main()
