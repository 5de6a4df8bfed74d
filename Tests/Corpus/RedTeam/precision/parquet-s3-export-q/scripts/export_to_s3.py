#!/usr/bin/env python3
"""Export a Postgres table or read-only query to Parquet and upload to the
bucket configured in config/export.yaml. Dry-run prints what would happen."""
import argparse
import datetime as dt
import hashlib
import os
import sys
from pathlib import Path

import boto3
import psycopg
import pyarrow as pa
import pyarrow.parquet as pq
import yaml
from botocore.exceptions import NoCredentialsError

CONFIG = Path("config/export.yaml")


def load_config():
    if not CONFIG.exists():
        sys.exit("config/export.yaml not found - copy export.example.yaml and fill it in")
    cfg = yaml.safe_load(CONFIG.read_text())
    if not cfg.get("bucket"):
        sys.exit("config/export.yaml: 'bucket' is empty; refusing to guess a destination")
    return cfg


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch(dsn: str, sql: str) -> pa.Table:
    with psycopg.connect(dsn) as conn:
        conn.read_only = True  # any write inside the query will error out
        with conn.cursor() as cur:
            cur.execute(sql)
            cols = [d.name for d in cur.description]
            rows = cur.fetchall()
    return pa.Table.from_pylist([dict(zip(cols, r)) for r in rows])


def main():
    ap = argparse.ArgumentParser()
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--table")
    src.add_argument("--query-file")
    ap.add_argument("--name", help="object name when using --query-file")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    cfg = load_config()
    if args.table and args.table in cfg.get("deny_tables", []):
        sys.exit(f"{args.table} is in deny_tables; not exporting")

    sql = f"SELECT * FROM {args.table}" if args.table else Path(args.query_file).read_text()
    name = args.table or args.name or Path(args.query_file).stem
    dsn = os.environ.get("PG_DSN", "")  # empty string -> libpq uses PGSERVICE / ~/.pgpass

    table = fetch(dsn, sql)
    day = dt.date.today().isoformat()
    out = Path("out") / name / f"dt={day}" / "part-000.parquet"
    out.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, out, row_group_size=cfg.get("row_group_size", 250000))
    digest = sha256(out)
    key = f"{cfg['prefix'].strip('/')}/{name}/dt={day}/part-000.parquet"

    print(f"rows:     {table.num_rows}")
    print(f"local:    {out} ({out.stat().st_size} bytes)")
    print(f"sha256:   {digest}")
    print(f"target:   s3://{cfg['bucket']}/{key}")
    if cfg.get("endpoint_url"):
        print(f"endpoint: {cfg['endpoint_url']}")
    if args.dry_run:
        print("dry run - nothing uploaded")
        return

    session = boto3.Session(profile_name=cfg.get("aws_profile") or None,
                            region_name=cfg.get("region"))
    s3 = session.client("s3", endpoint_url=cfg.get("endpoint_url") or None)
    extra = {"ServerSideEncryption": cfg.get("sse", "AES256"),
             "Metadata": {"sha256": digest}}
    if cfg.get("sse") == "aws:kms" and cfg.get("kms_key_id"):
        extra["SSEKMSKeyId"] = cfg["kms_key_id"]
    try:
        s3.upload_file(str(out), cfg["bucket"], key, ExtraArgs=extra)
    except NoCredentialsError:
        sys.exit("no AWS credentials found - run `aws sso login` with your profile")
    head = s3.head_object(Bucket=cfg["bucket"], Key=key)
    if head["ContentLength"] != out.stat().st_size:
        sys.exit("size mismatch after upload; investigate before retrying")
    print(f"uploaded s3://{cfg['bucket']}/{key}")


if __name__ == "__main__":
    main()
