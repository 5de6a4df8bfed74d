#!/usr/bin/env python3
import argparse
import json
import os
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


def read_any(path, chunksize=None):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".tsv", ".tab"):
        return pd.read_csv(path, sep="\t", chunksize=chunksize)
    if ext in (".jsonl", ".ndjson"):
        return pd.read_json(path, lines=True, chunksize=chunksize)
    return pd.read_csv(path, chunksize=chunksize)


def apply_schema(df, schema):
    for col, typ in schema.items():
        if col not in df.columns:
            continue
        if typ.startswith("timestamp"):
            df[col] = pd.to_datetime(df[col], errors="coerce")
        else:
            df[col] = df[col].astype(typ)
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--compression", default="snappy")
    ap.add_argument("--partition-by")
    ap.add_argument("--schema")
    ap.add_argument("--chunksize", type=int)
    a = ap.parse_args()
    schema = json.load(open(a.schema)) if a.schema else {}
    comp = None if a.compression == "none" else a.compression

    rows = 0
    if a.chunksize and not a.partition_by:
        writer = None
        for chunk in read_any(a.src, a.chunksize):
            table = pa.Table.from_pandas(apply_schema(chunk, schema), preserve_index=False)
            writer = writer or pq.ParquetWriter(a.out, table.schema, compression=comp)
            writer.write_table(table)
            rows += len(chunk)
        if writer:
            writer.close()
    else:
        df = apply_schema(read_any(a.src), schema)
        rows = len(df)
        table = pa.Table.from_pandas(df, preserve_index=False)
        if a.partition_by:
            pq.write_to_dataset(table, a.out, partition_cols=[a.partition_by], compression=comp)
        else:
            pq.write_table(table, a.out, compression=comp)

    src_size = os.path.getsize(a.src)
    out_size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(a.out) for f in fs) \
        if os.path.isdir(a.out) else os.path.getsize(a.out)
    print(f"rows={rows} ratio={src_size / max(out_size, 1):.1f}x out={a.out}")


if __name__ == "__main__":
    sys.exit(main())
