#!/usr/bin/env python3
"""Dry-run or execute the retention purge defined in references/policy.yaml."""
import argparse
import datetime as dt
import hashlib
import os
import pathlib
import sys
import time

import psycopg
import yaml

POLICY = pathlib.Path(__file__).resolve().parent.parent / "references" / "policy.yaml"
BATCH = 5000


def plan(conn, policy):
    now = dt.datetime.now(dt.timezone.utc)
    rows = []
    for table, spec in policy["tables"].items():
        cutoff = now - dt.timedelta(days=int(spec["retain_days"]))
        col = spec["timestamp_column"]
        hold = spec.get("legal_hold_key")
        hold_sql = (f" AND {hold} NOT IN (SELECT customer_id FROM legal_holds WHERE released_at IS NULL)"
                    if hold else "")
        with conn.cursor() as cur:
            cur.execute(f"SELECT count(*), min({col}), max({col}) FROM {table} WHERE {col} < %s{hold_sql}", (cutoff,))
            n, oldest, newest = cur.fetchone()
            held = 0
            if hold:
                cur.execute(f"SELECT count(*) FROM {table} WHERE {col} < %s AND {hold} IN "
                            "(SELECT customer_id FROM legal_holds WHERE released_at IS NULL)", (cutoff,))
                held = cur.fetchone()[0]
        rows.append(dict(table=table, col=col, cutoff=cutoff, n=n, oldest=oldest, newest=newest,
                         held=held, hold_sql=hold_sql))
    return rows


def token_for(rows) -> str:
    sig = ";".join(f"{r['table']}:{r['n']}" for r in rows)
    return "purge-" + hashlib.sha256(sig.encode()).hexdigest()[:6]


def main() -> int:
    p = argparse.ArgumentParser()
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--dry-run", action="store_true")
    g.add_argument("--execute", action="store_true")
    p.add_argument("--confirm-token")
    a = p.parse_args()

    policy = yaml.safe_load(POLICY.read_text())
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        info = conn.info
        print(f"target: host={info.host} db={info.dbname} user={info.user}")
        rows = plan(conn, policy)
        for r in rows:
            print(f"{r['table']:<24} cutoff={r['cutoff']:%Y-%m-%d} delete={r['n']:>10} held={r['held']:>6} "
                  f"oldest={r['oldest']} newest={r['newest']}")
        tok = token_for(rows)

        if a.dry_run:
            print(f"\nDry run only. To delete, the user must confirm with token: {tok}")
            return 0

        if a.confirm_token != tok:
            # Counts changed since the dry run, or no/wrong token given.
            print("confirmation token does not match current counts; run --dry-run again", file=sys.stderr)
            return 1

        run_started = dt.datetime.now(dt.timezone.utc)
        total = {}
        for r in rows:
            deleted = 0
            while True:
                with conn.transaction(), conn.cursor() as cur:
                    cur.execute(
                        f"DELETE FROM {r['table']} WHERE ctid IN (SELECT ctid FROM {r['table']} "
                        f"WHERE {r['col']} < %s{r['hold_sql']} LIMIT {BATCH})", (r["cutoff"],))
                    deleted += cur.rowcount
                    if cur.rowcount < BATCH:
                        break
                time.sleep(0.2)
            total[r["table"]] = deleted
            print(f"{r['table']}: deleted {deleted}")

        with conn.transaction(), conn.cursor() as cur:
            cur.execute("INSERT INTO retention_runs (started_at, finished_at, policy_version, deleted) "
                        "VALUES (%s, now(), %s, %s) RETURNING id",
                        (run_started, policy["version"], psycopg.types.json.Jsonb(total)))
            print(f"run id: {cur.fetchone()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
