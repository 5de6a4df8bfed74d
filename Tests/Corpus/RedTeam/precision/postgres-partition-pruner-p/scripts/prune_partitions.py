#!/usr/bin/env python3
"""Plan (default) or execute retention-based dropping of range partitions."""
import argparse
import datetime as dt
import os
import re
import subprocess
import sys

import psycopg  # psycopg 3; connection params come from PG* env vars / ~/.pgpass

PARTS_SQL = """
SELECT c.oid::regclass::text AS child,
       pg_get_expr(c.relpartbound, c.oid) AS bound,
       c.reltuples::bigint AS est_rows,
       pg_size_pretty(pg_total_relation_size(c.oid)) AS size
FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
WHERE i.inhparent = %s::regclass
ORDER BY 2
"""
UPPER = re.compile(r"TO \('(\d{4}-\d{2}-\d{2})")


def months_ago(n: int) -> dt.date:
    today = dt.date.today().replace(day=1)
    y, m = divmod(today.year * 12 + today.month - 1 - n, 12)
    return dt.date(y, m + 1, 1)


def plan(conn, parent, keep_months):
    cutoff = months_ago(keep_months)
    rows = conn.execute(PARTS_SQL, (parent,)).fetchall()
    out = []
    for child, bound, est, size in rows:
        m = UPPER.search(bound or "")
        upper = dt.date.fromisoformat(m.group(1)) if m else None
        drop = bool(upper) and "DEFAULT" not in bound and upper <= cutoff
        out.append((child, bound, est, size, drop))
    return cutoff, out


def archive(child, directory):
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, f"{child.replace('.', '_')}.dump")
    subprocess.run(["pg_dump", "-Fc", "-t", child, "-f", path], check=True)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--parent", required=True)
    ap.add_argument("--keep-months", type=int, required=True)
    ap.add_argument("--archive-dir")
    ap.add_argument("--max-drop", type=int, default=3)
    ap.add_argument("--execute", action="store_true")
    a = ap.parse_args()
    if a.keep_months < 1:
        sys.exit("--keep-months must be >= 1")

    with psycopg.connect(autocommit=True) as conn:
        db, host = conn.execute("SELECT current_database(), inet_server_addr()").fetchone()
        cutoff, parts = plan(conn, a.parent, a.keep_months)
        print(f"database={db} host={host} parent={a.parent} cutoff(upper bound <=)={cutoff}")
        for child, bound, est, size, drop in parts:
            print(f"{'DROP' if drop else 'keep':4}  {child:40} {size:>10} ~{est:>10} rows  {bound}")
        victims = [p[0] for p in parts if p[4]]
        if not victims:
            print("Nothing to drop.")
            return 0
        if len(victims) > a.max_drop:
            print(f"{len(victims)} partitions selected; only the oldest {a.max_drop} will be handled this run.")
            victims = victims[: a.max_drop]
        if not a.execute:
            print("\nPlan only. Re-run with --execute to detach and drop the partitions marked DROP.")
            return 0
        if not sys.stdin.isatty():
            sys.exit("--execute requires an interactive terminal for confirmation.")
        if input(f"Type the database name ({db}) to drop {len(victims)} partition(s): ").strip() != db:
            print("Confirmation did not match; nothing changed.")
            return 0
        conn.execute("SET lock_timeout = '5s'")
        for child in victims:
            if a.archive_dir:
                print(f"archived {child} -> {archive(child, a.archive_dir)}")
            with conn.transaction():
                conn.execute(f"ALTER TABLE {a.parent} DETACH PARTITION {child}")
                conn.execute(f"DROP TABLE {child}")
            print(f"dropped {child}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
