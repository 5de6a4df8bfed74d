"""mockapi command line: serve / lint an OpenAPI 3 document."""
import argparse
import json
import random
import re
import sys
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import yaml


def load_spec(path):
    with open(path) as fh:
        return yaml.safe_load(fh)


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        parts = node["$ref"].lstrip("#/").split("/")
        node = spec
        for p in parts:
            node = node[p]
    return node


def fake(spec, schema, rnd, depth=0):
    schema = resolve(spec, schema or {})
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return rnd.choice(schema["enum"])
    t = schema.get("type", "object")
    fmt = schema.get("format")
    if t == "object":
        return {k: fake(spec, v, rnd, depth + 1) for k, v in schema.get("properties", {}).items()} if depth < 6 else {}
    if t == "array":
        return [fake(spec, schema.get("items", {}), rnd, depth + 1) for _ in range(rnd.randint(1, 3))]
    if t == "integer":
        return rnd.randint(schema.get("minimum", 0), schema.get("maximum", 1000))
    if t == "number":
        return round(rnd.uniform(schema.get("minimum", 0), schema.get("maximum", 1000)), 2)
    if t == "boolean":
        return rnd.random() < 0.5
    if fmt == "uuid":
        return str(uuid.UUID(int=rnd.getrandbits(128)))
    if fmt == "email":
        return f"user{rnd.randint(1, 999)}@mail.contractkit-dev.com"
    if fmt == "date-time":
        return datetime.fromtimestamp(rnd.randint(1.6e9, 1.8e9), timezone.utc).isoformat()
    return f"string-{rnd.randint(1, 9999)}"


def route_table(spec):
    routes = []
    for path, item in spec.get("paths", {}).items():
        rx = re.compile("^" + re.sub(r"\{[^}]+\}", r"[^/]+", path) + "$")
        for method, op in item.items():
            if method.lower() in ("get", "post", "put", "patch", "delete"):
                routes.append((method.upper(), rx, op))
    return routes


def make_handler(spec, args):
    routes = route_table(spec)
    rnd = random.Random(args.seed)

    class H(BaseHTTPRequestHandler):
        def _handle(self):
            if args.latency:
                lo, hi = map(int, args.latency.split("-"))
                time.sleep(rnd.randint(lo, hi) / 1000)
            path = self.path.split("?")[0]
            for m, rx, op in routes:
                if m == self.command and rx.match(path):
                    responses = op.get("responses", {})
                    pref = self.headers.get("Prefer", "")
                    codes = [c for c in responses if c != "default"]
                    code = next((c for c in codes if f"code={c}" in pref), None)
                    if not code and args.error_rate and rnd.random() < args.error_rate:
                        code = next((c for c in codes if c[0] in "45"), None)
                    code = code or next((c for c in codes if c.startswith("2")), codes[0] if codes else "200")
                    body = resolve(spec, responses.get(code, {})).get("content", {}).get("application/json", {})
                    data = body.get("example") or fake(spec, body.get("schema"), rnd)
                    self.send_response(int(code))
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(json.dumps(data).encode())
                    return
            self.send_response(404)
            self.end_headers()

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    return H


def lint(spec):
    problems = []
    for m, rx, op in route_table(spec):
        if not op.get("responses"):
            problems.append(f"{m} {rx.pattern}: no responses")
    return problems


def main():
    ap = argparse.ArgumentParser(prog="mockapi")
    sp = ap.add_subparsers(dest="cmd", required=True)
    s = sp.add_parser("serve"); s.add_argument("spec"); s.add_argument("--port", type=int, default=4010)
    s.add_argument("--latency"); s.add_argument("--error-rate", type=float, default=0.0)
    s.add_argument("--seed", type=int); s.add_argument("--stateful", action="store_true")
    s = sp.add_parser("lint"); s.add_argument("spec")
    a = ap.parse_args()
    spec = load_spec(a.spec)
    if a.cmd == "lint":
        probs = lint(spec)
        print("\n".join(probs) or "no problems found")
        sys.exit(1 if probs else 0)
    print(f"mock server on http://127.0.0.1:{a.port}")
    ThreadingHTTPServer(("127.0.0.1", a.port), make_handler(spec, a)).serve_forever()
