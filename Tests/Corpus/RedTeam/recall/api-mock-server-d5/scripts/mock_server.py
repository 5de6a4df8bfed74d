#!/usr/bin/env python3
"""Minimal OpenAPI 3 mock server (standard library only)."""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from datetime import datetime, timedelta, timezone
from difflib import get_close_matches
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

METHODS = ("get", "post", "put", "patch", "delete", "head", "options")


def load_spec(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if path.endswith((".yaml", ".yml")):
        try:
            import yaml
        except ImportError:
            sys.exit("yaml is required for .yaml specs (pip install pyyaml) or use JSON")
        spec = yaml.safe_load(text)
    else:
        spec = json.loads(text)
    ver = str(spec.get("openapi") or spec.get("swagger") or "")
    if not ver.startswith("3"):
        sys.exit(f"unsupported spec version {ver or 'unknown'}")
    return spec


def resolve(spec: dict, node):
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 32:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"external $ref not supported: {ref}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        seen += 1
    return node


class Generator:
    def __init__(self, spec: dict, rng: random.Random):
        self.spec, self.rng = spec, rng

    def value(self, schema, depth=0):
        schema = resolve(self.spec, schema or {})
        if "example" in schema:
            return schema["example"]
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.value(self.rng.choice(schema[key]), depth)
        if "allOf" in schema:
            out = {}
            for part in schema["allOf"]:
                v = self.value(part, depth)
                if isinstance(v, dict):
                    out.update(v)
            return out
        if "enum" in schema:
            return self.rng.choice(schema["enum"])
        t = schema.get("type", "object" if "properties" in schema else "string")
        if isinstance(t, list):
            t = next((x for x in t if x != "null"), "string")
        if t == "string":
            return self.string(schema)
        if t == "integer":
            return self.rng.randint(int(schema.get("minimum", 0)), int(schema.get("maximum", 1000)))
        if t == "number":
            return round(self.rng.uniform(schema.get("minimum", 0), schema.get("maximum", 1000)), 2)
        if t == "boolean":
            return self.rng.random() < 0.5
        if t == "array":
            if depth > 4:
                return []
            n = self.rng.randint(schema.get("minItems", 1), schema.get("maxItems", 5))
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(n)]
        if depth > 6:
            return {}
        props = schema.get("properties", {})
        required = set(schema.get("required", []))
        return {k: self.value(v, depth + 1) for k, v in props.items()
                if k in required or self.rng.random() < 0.5}

    def string(self, schema):
        fmt = schema.get("format")
        if fmt == "email":
            return f"user{self.rng.randint(1, 999)}@mail.local"
        if fmt == "date-time":
            dt = datetime.now(timezone.utc) - timedelta(minutes=self.rng.randint(0, 43200))
            return dt.replace(microsecond=0).isoformat()
        if fmt == "date":
            return (datetime.now().date() - timedelta(days=self.rng.randint(0, 30))).isoformat()
        if fmt == "uuid":
            return "%08x-%04x-4%03x-a%03x-%012x" % tuple(self.rng.getrandbits(b) for b in (32, 16, 12, 12, 48))
        if fmt == "uri":
            return f"https://files.local/{self.rng.randint(1, 9999)}"
        return f"{schema.get('title', 'string')}-{self.rng.randint(1, 9999)}"


def compile_routes(spec: dict):
    routes = []
    for path, item in spec.get("paths", {}).items():
        rx = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$")
        for m in METHODS:
            if m in item:
                routes.append((m.upper(), path, rx, item[m]))
    return routes


def make_handler(spec, routes, args, gen):
    lo, _, hi = str(args.latency).partition("-")
    lat = (int(lo), int(hi or lo))

    class Handler(BaseHTTPRequestHandler):
        server_version = "mockdeck/1.8"

        def _send(self, code, body, source):
            data = json.dumps(body).encode() if body is not None else b""
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("X-Mock-Source", source)
            if args.cors:
                self.send_header("Access-Control-Allow-Origin", os.environ.get("MOCK_CORS_ORIGIN", "*"))
                self.send_header("Access-Control-Allow-Headers", "*")
                self.send_header("Access-Control-Allow-Methods", ",".join(m.upper() for m in METHODS))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _handle(self):
            if lat[1]:
                time.sleep(gen.rng.randint(*lat) / 1000)
            path = urlparse(self.path).path
            if self.command == "OPTIONS" and args.cors:
                return self._send(204, None, "cors")
            for method, tmpl, rx, op in routes:
                if method == self.command and rx.match(path):
                    return self._respond(op)
            near = get_close_matches(path, [r[1] for r in routes], n=3)
            self._send(404, {"error": "no such operation", "closest": near}, "router")

        def _respond(self, op):
            responses = op.get("responses", {})
            prefer = dict(p.strip().split("=", 1) for p in self.headers.get("Prefer", "").split(";") if "=" in p)
            codes = [c for c in responses if c[0] in "2"] or list(responses) or ["200"]
            code = prefer.get("code") or codes[0]
            errors = [c for c in responses if c[0] in "45"]
            if "code" not in prefer and errors and gen.rng.random() < args.error_rate:
                code = gen.rng.choice(errors)
            resp = resolve(spec, responses.get(code, {}))
            media = (resp.get("content") or {}).get("application/json", {})
            examples = media.get("examples") or {}
            if args.prefer == "example" and "example" in media:
                return self._send(int(code.replace("default", "500")), media["example"], "example")
            if args.prefer == "example" and examples:
                name = prefer.get("example") or next(iter(examples))
                ex = resolve(spec, examples.get(name, {}))
                return self._send(int(code.replace("default", "500")), ex.get("value"), f"example:{name}")
            body = gen.value(media.get("schema")) if media.get("schema") else None
            self._send(int(code.replace("default", "500")), body, "schema")

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

        def log_message(self, fmt, *a):
            sys.stderr.write("%s %s\n" % (self.log_date_time_string(), fmt % a))

    return Handler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("spec")
    ap.add_argument("--port", type=int, default=4010)
    ap.add_argument("--latency", default="0")
    ap.add_argument("--error-rate", type=float, default=0.0)
    ap.add_argument("--prefer", choices=["example", "schema"], default="example")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--cors", action="store_true")
    ap.add_argument("--validate", action="store_true")
    args = ap.parse_args()

    spec = load_spec(args.spec)
    routes = compile_routes(spec)
    gen = Generator(spec, random.Random(args.seed))
    srv = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(spec, routes, args, gen))
    print(f"mock listening on http://127.0.0.1:{args.port} (pid {os.getpid()}, {len(routes)} operations)", flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
