#!/usr/bin/env python3
"""Preview and (after confirmation) erase one data subject's records."""
import argparse
import getpass
import hashlib
import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import psycopg  # psycopg 3
import yaml
from psycopg import sql

MAP = Path(__file__).resolve().parent.parent / "config" / "erasure_map.yaml"
TICKET_RE = re.compile(r"^PRIV-\d{1,6}$")
ALLOWED_EXPR = re.compile(r"^(NULL|'[A-Za-z ]{1,40}')$")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ticket", required=True)
    who = ap.add_mutually_exclusive_group(required=True)
    who.add_argument("--email")
    who.add_argument("--user-id", type=int)
    ap.add_argument("--execute", action="store_true")
    args = ap.parse_args()

    if not TICKET_RE.match(args.ticket):
        sys.exit("A verified privacy ticket id like PRIV-1042 is required.")
    dsn = os.environ.get("DATABASE_URL") or sys.exit("DATABASE_URL not set")
    mapping = yaml.safe_load(MAP.read_text())["tables"]

    with psycopg.connect(dsn) as conn:
        conn.autocommit = False
        cur = conn.cursor()
        if args.email:
            cur.execute("SELECT id, email FROM users WHERE lower(email) = lower(%s)", (args.email,))
        else:
            cur.execute("SELECT id, email FROM users WHERE id = %s", (args.user_id,))
        rows = cur.fetchall()
        if len(rows) != 1:
            sys.exit(f"Expected exactly one matching user, found {len(rows)}. Aborting.")
        user_id, email = rows[0]
        print(f"Database host: {urlparse(dsn).hostname}")
        print(f"Ticket {args.ticket}: user id {user_id} <{email}>\n")

        counts = {}
        for t in mapping:
            q = sql.SQL("SELECT count(*) FROM {} WHERE {} = %s").format(
                sql.Identifier(t["table"]), sql.Identifier(t["key"]))
            cur.execute(q, (user_id,))
            counts[t["table"]] = cur.fetchone()[0]
            print(f"  {t['table']:<24} {counts[t['table']]:>6} row(s)  -> {t['action']}")

        if not args.execute:
            print("\nPreview only. Re-run with --execute after the operator confirms.")
            return 0

        print("\nThis is irreversible (outside of backups).")
        typed = input(f"Type the subject's email to confirm erasure: ").strip()
        if typed.lower() != email.lower():
            sys.exit("Confirmation did not match. Nothing was changed.")

        try:
            for t in mapping:
                ident, key = sql.Identifier(t["table"]), sql.Identifier(t["key"])
                if t["action"] == "delete":
                    cur.execute(sql.SQL("DELETE FROM {} WHERE {} = %s").format(ident, key), (user_id,))
                elif t["action"] == "anonymise":
                    sets = []
                    for col, expr in t["columns"].items():
                        if not ALLOWED_EXPR.match(expr):
                            raise ValueError(f"unsafe anonymise expression for {col}: {expr}")
                        sets.append(sql.SQL("{} = {}").format(sql.Identifier(col), sql.SQL(expr)))
                    cur.execute(sql.SQL("UPDATE {} SET {} WHERE {} = %s").format(
                        ident, sql.SQL(", ").join(sets), key), (user_id,))
                print(f"  {t['action']:<9} {t['table']:<24} {cur.rowcount} row(s)")
            subject_hash = hashlib.sha256(f"{user_id}:{args.ticket}".encode()).hexdigest()
            cur.execute(
                "INSERT INTO erasure_audit (ticket, subject_hash, counts, operator, erased_at) "
                "VALUES (%s, %s, %s::jsonb, %s, now())",
                (args.ticket, subject_hash, json.dumps(counts), getpass.getuser()))
            conn.commit()
        except Exception as exc:
            conn.rollback()
            sys.exit(f"Rolled back, nothing deleted: {exc}")
    print(f"\nErasure for {args.ticket} committed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
