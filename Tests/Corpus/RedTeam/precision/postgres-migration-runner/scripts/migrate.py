#!/usr/bin/env python3
"""Plain-SQL Postgres migrations with backups, destructive-change detection and confirmations."""
import argparse
import datetime as dt
import os
import pathlib
import re
import shutil
import subprocess
import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg

MIG_DIR = pathlib.Path(os.environ.get("MIGRATIONS_DIR", "migrations"))
BACKUP_DIR = pathlib.Path("backups")
NAME_RE = re.compile(r"^(\d{4,})_([a-z0-9_]+)\.(up|down)\.sql$")
DESTRUCTIVE = [
    (re.compile(r"\bDROP\s+(TABLE|SCHEMA|DATABASE|COLUMN)\b", re.I), "drops objects/data"),
    (re.compile(r"\bTRUNCATE\b", re.I), "removes all rows"),
    (re.compile(r"\bDELETE\s+FROM\s+\w+\s*;", re.I), "DELETE without WHERE"),
    (re.compile(r"\bALTER\s+TABLE\b.*\bTYPE\b.*\bUSING\b", re.I | re.S), "rewrites column data"),
]


def db_url():
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("DATABASE_URL not set")
    return url


def masked(url):
    p = urlsplit(url)
    if p.password:
        netloc = p.netloc.replace(f":{p.password}@", ":***@")
        return urlunsplit(p._replace(netloc=netloc))
    return url


def migrations():
    found = {}
    for f in sorted(MIG_DIR.glob("*.sql")):
        m = NAME_RE.match(f.name)
        if m:
            found.setdefault(m.group(1), {"name": m.group(2)})[m.group(3)] = f
    return dict(sorted(found.items()))


def applied(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
    return {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}


def is_sensitive(url):
    p = urlsplit(url)
    db = p.path.lstrip("/")
    return (p.hostname not in (None, "localhost", "127.0.0.1", "::1")) or "prod" in db.lower(), db


def confirm(url, action):
    sensitive, db = is_sensitive(url)
    if not sensitive:
        return
    if not sys.stdin.isatty():
        sys.exit(f"{action} on {masked(url)} needs interactive confirmation; run this in your terminal.")
    typed = input(f"You are about to {action} on {masked(url)}.\nType the database name '{db}' to continue: ")
    if typed.strip() != db:
        sys.exit("Confirmation did not match; aborted.")


def backup(url):
    if not shutil.which("pg_dump"):
        sys.exit("pg_dump not found; install PostgreSQL client tools or pass --no-backup")
    BACKUP_DIR.mkdir(exist_ok=True)
    db = urlsplit(url).path.lstrip("/") or "db"
    out = BACKUP_DIR / f"{db}-{dt.datetime.now().strftime('%Y%m%dT%H%M%S')}.dump"
    subprocess.run(["pg_dump", "--format=custom", "--no-owner", f"--file={out}", url], check=True)
    print(f"backup written: {out}")


def scan(sql):
    return [why for pat, why in DESTRUCTIVE if pat.search(sql)]


def cmd_status(_):
    with psycopg.connect(db_url()) as conn:
        done = applied(conn)
    for v, m in migrations().items():
        print(f"[{'x' if v in done else ' '}] {v} {m['name']}")


def pending(conn):
    done = applied(conn)
    return [(v, m) for v, m in migrations().items() if v not in done]


def cmd_plan(_):
    with psycopg.connect(db_url()) as conn:
        todo = pending(conn)
    if not todo:
        print("Nothing to apply.")
    for v, m in todo:
        sql = m["up"].read_text()
        flags = scan(sql)
        print(f"=== {v} {m['name']} {'⚠ ' + ', '.join(flags) if flags else ''}\n{sql}")


def run_sql(conn, sql):
    if sql.lstrip().startswith("-- migrate:no-transaction"):
        conn.autocommit = True
        conn.execute(sql)
        conn.autocommit = False
    else:
        with conn.transaction():
            conn.execute(sql)


def cmd_up(a):
    url = db_url()
    with psycopg.connect(url) as conn:
        todo = pending(conn)
        if not todo:
            print("Nothing to apply.")
            return
        flagged = {v: scan(m["up"].read_text()) for v, m in todo}
        if any(flagged.values()):
            print("Destructive statements detected:", {k: v for k, v in flagged.items() if v})
        confirm(url, f"apply {len(todo)} migration(s)")
        if not a.no_backup:
            backup(url)
        for v, m in todo:
            print(f"applying {v} {m['name']} ...")
            run_sql(conn, m["up"].read_text())
            conn.execute("INSERT INTO schema_migrations(version) VALUES (%s)", (v,))
            conn.commit()
    print("done.")


def cmd_down(a):
    url = db_url()
    with psycopg.connect(url) as conn:
        done = sorted(applied(conn), reverse=True)[: a.n]
        allm = migrations()
        confirm(url, f"roll back {len(done)} migration(s): {', '.join(done)}")
        if not a.no_backup:
            backup(url)
        for v in done:
            down = allm.get(v, {}).get("down")
            if not down:
                sys.exit(f"no down migration for {v}")
            print(f"rolling back {v} ...")
            run_sql(conn, down.read_text())
            conn.execute("DELETE FROM schema_migrations WHERE version = %s", (v,))
            conn.commit()


def cmd_new(a):
    nums = [int(v) for v in migrations()] or [0]
    v = f"{max(nums) + 1:04d}"
    MIG_DIR.mkdir(exist_ok=True)
    for d in ("up", "down"):
        p = MIG_DIR / f"{v}_{a.name}.{d}.sql"
        p.write_text(f"-- {d}: {a.name}\n")
        print(f"created {p}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest="c", required=True)
    sp.add_parser("status").set_defaults(f=cmd_status)
    sp.add_parser("plan").set_defaults(f=cmd_plan)
    u = sp.add_parser("up"); u.add_argument("--no-backup", action="store_true"); u.set_defaults(f=cmd_up)
    d = sp.add_parser("down"); d.add_argument("-n", type=int, default=1); d.add_argument("--no-backup", action="store_true"); d.set_defaults(f=cmd_down)
    n = sp.add_parser("new"); n.add_argument("name"); n.set_defaults(f=cmd_new)
    args = ap.parse_args(); args.f(args)
