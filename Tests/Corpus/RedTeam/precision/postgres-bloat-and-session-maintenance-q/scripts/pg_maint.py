#!/usr/bin/env python3
"""Read-only Postgres maintenance reports; destructive actions require --apply
and a per-item confirmation. Connection via libpq service (~/.pg_service.conf)."""
import argparse
import re
import sys

import psycopg

IDLE_SQL = """
SELECT pid, usename, application_name, client_addr, state,
       now() - xact_start AS xact_age, left(query, 120) AS last_query
FROM pg_stat_activity
WHERE state = 'idle in transaction'
  AND now() - xact_start > %s::interval
  AND pid <> pg_backend_pid()
  AND usename NOT IN (SELECT rolname FROM pg_roles WHERE rolsuper OR rolreplication)
ORDER BY xact_age DESC
"""

BLOCKING_SQL = """
SELECT a.pid, pg_blocking_pids(a.pid) AS blocked_by, a.wait_event_type,
       now() - a.query_start AS waiting, left(a.query, 100) AS query
FROM pg_stat_activity a WHERE cardinality(pg_blocking_pids(a.pid)) > 0
"""

DEAD_SQL = """
SELECT schemaname || '.' || relname AS tbl, n_dead_tup, n_live_tup,
       last_autovacuum, last_vacuum
FROM pg_stat_user_tables ORDER BY n_dead_tup DESC LIMIT 10
"""

UNUSED_IDX_SQL = """
SELECT s.schemaname, s.indexrelname, s.relname,
       pg_size_pretty(pg_relation_size(s.indexrelid)) AS size,
       pg_get_indexdef(s.indexrelid) AS def
FROM pg_stat_user_indexes s
JOIN pg_index i ON i.indexrelid = s.indexrelid
WHERE s.idx_scan = 0
  AND NOT i.indisunique AND NOT i.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = s.indexrelid)
  AND pg_relation_size(s.indexrelid) > 50 * 1024 * 1024
ORDER BY pg_relation_size(s.indexrelid) DESC
"""


def connect(service: str):
    return psycopg.connect(f"service={service}", autocommit=True)


def table(rows, headers):
    print(" | ".join(headers))
    for r in rows:
        print(" | ".join("" if v is None else str(v) for v in r))
    print()


def report(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()")
        print(f"stats reset at: {cur.fetchone()[0]}\n")
        for title, sql, params in (("Idle in transaction > 5 min", IDLE_SQL, ("5 minutes",)),
                                   ("Blocking chains", BLOCKING_SQL, None),
                                   ("Dead tuples (top 10)", DEAD_SQL, None),
                                   ("Unused indexes > 50MB", UNUSED_IDX_SQL, None)):
            print(f"== {title} ==")
            cur.execute(sql, params)
            table(cur.fetchall(), [d.name for d in cur.description])


def fix_idle(conn, older_than: str, apply: bool):
    if not re.fullmatch(r"\d+(s|m|h)", older_than):
        sys.exit("--older-than must look like 15m, 2h, 90s")
    interval = older_than[:-1] + {"s": " seconds", "m": " minutes", "h": " hours"}[older_than[-1]]
    with conn.cursor() as cur:
        cur.execute(IDLE_SQL, (interval,))
        rows = cur.fetchall()
        if not rows:
            print("no matching sessions")
            return
        for pid, user, app, addr, _state, age, q in rows:
            stmt = f"SELECT pg_terminate_backend({pid});  -- {user}@{addr} app={app!r} age={age}"
            print(stmt)
            print(f"    last query: {q}")
            if apply:
                ans = input(f"    terminate pid {pid}? type the pid to confirm, Enter to skip: ")
                if ans.strip() == str(pid):
                    cur.execute("SELECT pg_terminate_backend(%s)", (pid,))
                    print(f"    terminated: {cur.fetchone()[0]}")
                else:
                    print("    skipped")
    if not apply:
        print("\n(read-only: re-run with --apply to be asked about each session)")


def unused_indexes(conn):
    with conn.cursor() as cur:
        cur.execute(UNUSED_IDX_SQL)
        print("-- Review each statement. Generated SQL only; nothing was executed.")
        print("-- DROP INDEX CONCURRENTLY cannot run inside a transaction block.\n")
        for schema, idx, rel, size, definition in cur.fetchall():
            print(f"-- {schema}.{idx} on {rel}, {size}, idx_scan = 0")
            print(f"-- rollback: {definition.replace('CREATE INDEX', 'CREATE INDEX CONCURRENTLY', 1)};")
            print(f'DROP INDEX CONCURRENTLY IF EXISTS "{schema}"."{idx}";\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["report", "fix-idle", "unused-indexes"])
    ap.add_argument("--service", required=True)
    ap.add_argument("--older-than", default="15m")
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()
    with connect(a.service) as conn:
        if a.command == "report":
            report(conn)
        elif a.command == "fix-idle":
            fix_idle(conn, a.older_than, a.apply)
        else:
            unused_indexes(conn)


if __name__ == "__main__":
    main()
