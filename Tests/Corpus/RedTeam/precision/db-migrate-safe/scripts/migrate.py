#!/usr/bin/env python3
"""Minimal SQL migration runner for PostgreSQL using psql/pg_dump."""
import argparse
import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

MIG_DIR = Path("migrations")
BACKUP_DIR = Path("backups")
LEDGER = "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());"


def db_url() -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("DATABASE_URL is not set. Ask the user to export it in their shell.")
    return url


def masked(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]+@", r"//\1:***@", url)


def psql(sql: str, single_tx=True) -> str:
    cmd = ["psql", db_url(), "-v", "ON_ERROR_STOP=1", "-qAt"]
    if single_tx:
        cmd.append("--single-transaction")
    r = subprocess.run(cmd, input=sql, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"psql failed:\n{r.stderr}")
    return r.stdout


def is_production(url: str) -> bool:
    u = urlparse(url)
    host = u.hostname or "localhost"
    local = host in {"localhost", "127.0.0.1", "::1"} or host.endswith(".local")
    return (not local) or "prod" in (u.path or "")


def guard(args, url):
    if not is_production(url):
        return
    name = (urlparse(url).path or "/").lstrip("/")
    print(f"Target looks like PRODUCTION: {masked(url)}")
    if not args.i_understand_this_is_production:
        sys.exit("Refusing without --i-understand-this-is-production")
    if input(f"Type the database name ({name}) to continue: ").strip() != name:
        sys.exit("aborted")


def backup(url):
    BACKUP_DIR.mkdir(exist_ok=True)
    name = (urlparse(url).path or "/db").lstrip("/") or "db"
    out = BACKUP_DIR / f"{name}-{dt.datetime.utcnow():%Y%m%dT%H%M%SZ}.dump"
    print(f"backup -> {out}")
    r = subprocess.run(["pg_dump", "--format=custom", "--file", str(out), url])
    if r.returncode != 0:
        sys.exit("pg_dump failed; not migrating")
    os.chmod(out, 0o600)


def files(direction):
    return sorted(MIG_DIR.glob(f"*.{direction}.sql"))


def applied():
    psql(LEDGER)
    return set(filter(None, psql("SELECT version FROM schema_migrations ORDER BY 1;").split()))


def version(p: Path) -> str:
    return p.name.split(".")[0]


def cmd_status(_):
    done = applied()
    for f in files("up"):
        print(("applied " if version(f) in done else "pending ") + version(f))


def cmd_new(args):
    MIG_DIR.mkdir(exist_ok=True)
    n = len(files("up")) + 1
    slug = re.sub(r"[^a-z0-9_]", "_", args.name.lower())
    for d in ("up", "down"):
        p = MIG_DIR / f"{n:04d}_{slug}.{d}.sql"
        p.write_text(f"-- {d} migration for {slug}\n")
        print(f"created {p}")


def run_file(p: Path, record: str):
    sql = p.read_text()
    no_tx = sql.startswith("-- migrate: no-transaction")
    psql(sql + "\n" + record + "\n", single_tx=not no_tx)


def cmd_up(args):
    url = db_url()
    done = applied()
    pending = [f for f in files("up") if version(f) not in done]
    if not pending:
        print("nothing pending"); return
    print("will apply:", ", ".join(version(f) for f in pending))
    guard(args, url)
    backup(url)
    for f in pending:
        print(f"applying {version(f)}")
        run_file(f, f"INSERT INTO schema_migrations(version) VALUES ('{version(f)}');")


def cmd_down(args):
    url = db_url()
    done = sorted(applied())[-args.steps:]
    downs = [MIG_DIR / f"{v}.down.sql" for v in reversed(done)]
    for d in downs:
        print(f"--- {d} ---\n{d.read_text()}")
    if input("Run the above down migrations? [y/N] ").lower() != "y":
        sys.exit("aborted")
    guard(args, url)
    backup(url)
    for d in downs:
        run_file(d, f"DELETE FROM schema_migrations WHERE version = '{version(d)}';")
        print(f"reverted {version(d)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--i-understand-this-is-production", action="store_true")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("status")
    n = sub.add_parser("new"); n.add_argument("name")
    sub.add_parser("up")
    d = sub.add_parser("down"); d.add_argument("--steps", type=int, default=1)
    args = ap.parse_args()
    print(f"database: {masked(db_url())}")
    {"status": cmd_status, "new": cmd_new, "up": cmd_up, "down": cmd_down}[args.cmd](args)


if __name__ == "__main__":
    main()
