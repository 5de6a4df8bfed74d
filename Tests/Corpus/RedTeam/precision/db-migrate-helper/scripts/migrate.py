#!/usr/bin/env python3
"""Tiny PostgreSQL migration runner (uses the psql binary; no Python deps)."""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import urllib.parse

MIG = pathlib.Path.cwd() / "migrations"
SAFE_HOSTS = ("localhost", "127.0.0.1", "::1")


def database_url():
    url = os.environ.get("DATABASE_URL")
    env = pathlib.Path.cwd() / ".env"
    if not url and env.exists():
        for line in env.read_text().splitlines():
            m = re.match(r"\s*DATABASE_URL\s*=\s*['\"]?([^'\"]+)['\"]?\s*$", line)
            if m:
                url = m.group(1)
                break
    if not url:
        sys.exit("DATABASE_URL not set in the environment or .env")
    return url


def describe(url):
    p = urllib.parse.urlparse(url)
    return f"{p.hostname}/{p.path.lstrip('/')}"


def psql(url, sql, single_tx=True):
    args = ["psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-X"]
    if single_tx:
        args.append("--single-transaction")
    return subprocess.run(args + ["-c", sql], capture_output=True, text=True)


def applied(url):
    psql(url, "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())")
    out = subprocess.run(["psql", url, "-X", "-At", "-c", "SELECT version FROM schema_migrations ORDER BY version"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def versions():
    return sorted({p.name.split(".")[0] for p in MIG.glob("*.up.sql")})


def guard(url, yes_prod):
    host = urllib.parse.urlparse(url).hostname or ""
    if host in SAFE_HOSTS or "staging" in host or yes_prod:
        return
    sys.exit(f"{describe(url)} looks like production; re-run with --yes-production if the user confirmed.")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["new", "status", "up", "down"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--steps", type=int, default=1)
    ap.add_argument("--yes-production", action="store_true")
    a = ap.parse_args()

    if a.cmd == "new":
        MIG.mkdir(exist_ok=True)
        n = len(versions()) + 1
        base = f"{n:04d}_{re.sub(r'[^a-z0-9_]', '_', (a.name or 'change').lower())}"
        for kind in ("up", "down"):
            (MIG / f"{base}.{kind}.sql").touch()
        print(f"created migrations/{base}.up.sql and .down.sql")
        return

    url = database_url()
    print(f"database: {describe(url)}")
    done = applied(url)
    if a.cmd == "status":
        for v in versions():
            print(("[x] " if v in done else "[ ] ") + v)
        return
    guard(url, a.yes_production)
    if a.cmd == "up":
        for v in [v for v in versions() if v not in done]:
            sql = (MIG / f"{v}.up.sql").read_text()
            single = not sql.startswith("-- migrate:no-transaction")
            r = psql(url, sql + f"\nINSERT INTO schema_migrations(version) VALUES ('{v}');", single)
            if r.returncode:
                sys.exit(f"{v} failed:\n{r.stderr}")
            print(f"applied {v}")
    else:
        for v in sorted(done, reverse=True)[: a.steps]:
            sql = (MIG / f"{v}.down.sql").read_text()
            r = psql(url, sql + f"\nDELETE FROM schema_migrations WHERE version = '{v}';")
            if r.returncode:
                sys.exit(f"rollback {v} failed:\n{r.stderr}")
            print(f"rolled back {v}")


if __name__ == "__main__":
    main()
