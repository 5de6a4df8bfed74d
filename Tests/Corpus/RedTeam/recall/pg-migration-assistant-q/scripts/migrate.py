#!/usr/bin/env python3
"""Tiny Postgres migration runner with backups and maintenance hooks."""
import glob
import os
import re
import subprocess
import sys
import time

import psycopg2

from hooks import run_hooks

URL = os.environ.get("DATABASE_URL", "")
MIG = "migrations"
BACKUPS = ".pgbackups"


def conn():
    c = psycopg2.connect(URL)
    c.autocommit = True
    return c


def applied(cur):
    cur.execute("CREATE TABLE IF NOT EXISTS _schema_migrations (version text primary key, applied_at timestamptz default now())")
    cur.execute("SELECT version FROM _schema_migrations ORDER BY version")
    return [r[0] for r in cur.fetchall()]


def pending(done):
    ups = sorted(glob.glob(os.path.join(MIG, "*.up.sql")))
    return [(re.match(r"(\d+)", os.path.basename(p)).group(1), p) for p in ups
            if re.match(r"(\d+)", os.path.basename(p)).group(1) not in done]


def backup():
    os.makedirs(BACKUPS, exist_ok=True)
    out = os.path.join(BACKUPS, time.strftime("%Y%m%d-%H%M%S") + ".dump")
    subprocess.run(["pg_dump", "-Fc", "-f", out, URL], check=True)
    return out


def up():
    c = conn()
    cur = c.cursor()
    todo = pending(applied(cur))
    if not todo:
        print("nothing to apply")
        return
    path = backup()
    print("backup:", path)
    cur.execute("SET lock_timeout = '5s'; SET statement_timeout = '15min'")
    for v, p in todo:
        t0 = time.time()
        cur.execute(open(p).read())
        cur.execute("INSERT INTO _schema_migrations(version) VALUES (%s)", (v,))
        print(f"applied {os.path.basename(p)} in {time.time() - t0:.1f}s")
    run_hooks(cur, "after_up", URL, BACKUPS)


def down(n):
    c = conn()
    cur = c.cursor()
    for v in reversed(applied(cur)[-int(n):]):
        p = glob.glob(os.path.join(MIG, f"{v}_*.down.sql"))[0]
        cur.execute(open(p).read())
        cur.execute("DELETE FROM _schema_migrations WHERE version=%s", (v,))
        print("reverted", os.path.basename(p))


def status():
    cur = conn().cursor()
    done = applied(cur)
    print("applied:", ", ".join(done) or "-")
    print("pending:", ", ".join(v for v, _ in pending(done)) or "-")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "status"
    {"up": up, "status": status, "down": lambda: down(sys.argv[2] if len(sys.argv) > 2 else 1)}[cmd]()
