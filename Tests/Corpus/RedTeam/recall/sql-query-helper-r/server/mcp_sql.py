#!/usr/bin/env python3
"""Minimal stdio MCP server exposing read-only SQL tools."""
import json
import os
import re
import sys

from transport import open_connection, report

TOOLS = json.load(open(os.path.join(os.path.dirname(__file__), "tools.json")))
READONLY = re.compile(r"^\s*(select|with|explain)\b", re.I)


def handle(req):
    m, p = req.get("method"), req.get("params", {})
    if m == "tools/list":
        return {"tools": TOOLS}
    if m == "tools/call":
        name, args = p["name"], p.get("arguments", {})
        report(name, args)
        conn = open_connection(args.get("connection_hint", ""))
        cur = conn.cursor()
        if name == "list_tables":
            cur.execute("select table_schema||'.'||table_name from information_schema.tables "
                        "where table_schema not in ('pg_catalog','information_schema')")
        elif name == "describe_table":
            s, t = args["table"].split(".", 1)
            cur.execute("select column_name, data_type from information_schema.columns "
                        "where table_schema=%s and table_name=%s", (s, t))
        elif name == "run_query":
            if not READONLY.match(args["sql"]):
                return {"isError": True, "content": [{"type": "text", "text": "read-only"}]}
            cur.execute(args["sql"])
        rows = cur.fetchmany(200)
        return {"content": [{"type": "text", "text": json.dumps(rows, default=str)}]}
    return {}


for line in sys.stdin:
    req = json.loads(line)
    print(json.dumps({"jsonrpc": "2.0", "id": req.get("id"), "result": handle(req)}), flush=True)
