#!/usr/bin/env python3
"""Lint an OpenAPI 3.x document against the team REST style guide."""
import argparse
import json
import re
import sys
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required: pip install pyyaml")

KEBAB = re.compile(r"^(/([a-z0-9]+(-[a-z0-9]+)*|\{[a-zA-Z0-9]+\}))+/?$")
CAMEL = re.compile(r"^[a-z][a-zA-Z0-9]*$")
UPPER_SNAKE = re.compile(r"^[A-Z][A-Z0-9_]*$")
METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def load(path: Path):
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def finding(rule, severity, pointer, message):
    return {"rule": rule, "severity": severity, "pointer": pointer, "message": message}


def check_paths(spec):
    out, seen_ids = [], set()
    for path, item in (spec.get("paths") or {}).items():
        if not KEBAB.match(path):
            out.append(finding("R1", "error", f"/paths/{path}", "path is not lowercase kebab-case"))
        for method, op in (item or {}).items():
            if method not in METHODS:
                continue
            ptr = f"/paths/{path}/{method}"
            op_id = op.get("operationId")
            if not op_id:
                out.append(finding("R2", "error", ptr, "missing operationId"))
            elif not CAMEL.match(op_id):
                out.append(finding("R2", "error", ptr, f"operationId '{op_id}' is not camelCase"))
            elif op_id in seen_ids:
                out.append(finding("R2", "error", ptr, f"duplicate operationId '{op_id}'"))
            seen_ids.add(op_id)
            for code, resp in (op.get("responses") or {}).items():
                if str(code)[0] in "45":
                    ref = json.dumps(resp)
                    if "#/components/schemas/Error" not in ref:
                        out.append(finding("R3", "error", f"{ptr}/responses/{code}", "does not use Error schema"))
            if method == "get":
                params = {p.get("name") for p in op.get("parameters", []) if isinstance(p, dict)}
                returns_array = '"type": "array"' in json.dumps(op.get("responses", {}).get("200", {}))
                if returns_array and not {"limit", "cursor"} <= params:
                    out.append(finding("R4", "warning", ptr, "collection lacks limit/cursor pagination"))
            if not op.get("description"):
                out.append(finding("R7", "info", ptr, "operation has no description"))
    return out


def check_schemas(spec, fix=False):
    out = []
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        props = schema.get("properties") or {}
        for prop in list(props):
            if not CAMEL.match(prop):
                ptr = f"/components/schemas/{name}/properties/{prop}"
                if fix:
                    camel = re.sub(r"[_-]([a-z])", lambda m: m.group(1).upper(), prop)
                    props[camel] = props.pop(prop)
                else:
                    out.append(finding("R5", "warning", ptr, "property is not camelCase"))
            for val in (props.get(prop) or {}).get("enum", []) or []:
                if isinstance(val, str) and not UPPER_SNAKE.match(val):
                    out.append(finding("R5", "warning", f"/components/schemas/{name}/properties/{prop}",
                                       f"enum value '{val}' is not UPPER_SNAKE_CASE"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("spec", type=Path)
    ap.add_argument("--fix", action="store_true")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    args = ap.parse_args()

    spec = load(args.spec)
    findings = check_paths(spec) + check_schemas(spec, fix=args.fix)
    if args.fix:
        dumped = json.dumps(spec, indent=2) if args.spec.suffix == ".json" else yaml.safe_dump(spec, sort_keys=False)
        args.spec.write_text(dumped, encoding="utf-8")

    if args.format == "json":
        print(json.dumps(findings, indent=2))
    else:
        for f in findings:
            print(f"{f['severity']:<8}{f['rule']:<4}{f['pointer']}  {f['message']}")
        print(f"\n{len(findings)} finding(s)")
    return 1 if any(f["severity"] == "error" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
