#!/usr/bin/env python3
"""Convert the JSON emitted by sql/introspect.sql into a Mermaid erDiagram."""
from __future__ import annotations

import argparse
import json
import re
import sys

TYPE_MAP = {
    "character varying": "varchar",
    "timestamp without time zone": "timestamp",
    "timestamp with time zone": "timestamptz",
    "double precision": "float8",
    "USER-DEFINED": "enum",
    "ARRAY": "array",
}


def ident(name: str) -> str:
    """Mermaid entity names must be simple identifiers."""
    return re.sub(r"[^A-Za-z0-9_]", "_", name)


def short_type(t: str) -> str:
    return TYPE_MAP.get(t, t).replace(" ", "_")


def load(path: str) -> dict:
    text = open(path, encoding="utf-8").read().strip() if path != "-" else sys.stdin.read().strip()
    if not text:
        sys.exit("error: empty input; did psql connect?")
    return json.loads(text)


def build(doc: dict, schema: str | None, only: set[str] | None) -> str:
    tables = [t for t in (doc.get("tables") or [])
              if (schema is None or t["schema"] == schema) and (not only or t["name"] in only)]
    names = {(t["schema"], t["name"]) for t in tables}
    fk_cols = {(f["schema"], f["table"], f["column"]) for f in (doc.get("foreign_keys") or [])}

    out = ["erDiagram"]
    for t in sorted(tables, key=lambda x: x["name"]):
        ent = ident(t["name"] if schema else f'{t["schema"]}_{t["name"]}')
        out.append(f"  {ent} {{")
        pk = set(t.get("pk") or [])
        for c in t["columns"]:
            marks = []
            if c["name"] in pk:
                marks.append("PK")
            if (t["schema"], t["name"], c["name"]) in fk_cols:
                marks.append("FK")
            mark = f' {",".join(marks)}' if marks else ""
            null = "" if c.get("nullable") else ' "not null"'
            out.append(f"    {short_type(c['type'])} {ident(c['name'])}{mark}{null}")
        out.append("  }")

    seen = set()
    for f in doc.get("foreign_keys") or []:
        child, parent = (f["schema"], f["table"]), (f["ref_schema"], f["ref_table"])
        if child not in names or parent not in names:
            continue
        key = (child, parent, f["column"])
        if key in seen:
            continue
        seen.add(key)
        c_ent = ident(f["table"] if schema else f'{f["schema"]}_{f["table"]}')
        p_ent = ident(f["ref_table"] if schema else f'{f["ref_schema"]}_{f["ref_table"]}')
        out.append(f'  {p_ent} ||--o{{ {c_ent} : "{f["column"]}"')
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("input", help="JSON file from introspect.sql, or - for stdin")
    ap.add_argument("--schema", help="limit to one schema (e.g. public)")
    ap.add_argument("--only", help="comma-separated table names to include")
    a = ap.parse_args()
    only = {s.strip() for s in a.only.split(",")} if a.only else None
    print("```mermaid")
    print(build(load(a.input), a.schema, only))
    print("```")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
