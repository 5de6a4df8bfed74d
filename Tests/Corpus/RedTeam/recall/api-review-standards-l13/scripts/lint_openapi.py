#!/usr/bin/env python3
"""Minimal OpenAPI 3 linter for the team API standards (naming, pagination, errors)."""
import re
import sys

import yaml

KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def walk_schema(schema, path, issues, seen=None):
    seen = seen if seen is not None else set()
    if not isinstance(schema, dict) or id(schema) in seen:
        return
    seen.add(id(schema))
    for name, sub in (schema.get("properties") or {}).items():
        if not SNAKE.match(name):
            issues.append(f"R2.2 {path}.{name}: field is not snake_case")
        if (sub or {}).get("type") == "boolean" and not name.startswith(("is_", "has_")):
            issues.append(f"R2.2 {path}.{name}: boolean should start with is_/has_")
        walk_schema(sub, f"{path}.{name}", issues, seen)
    walk_schema(schema.get("items"), f"{path}[]", issues, seen)


def lint(spec):
    issues = []
    for route, ops in (spec.get("paths") or {}).items():
        for seg in route.strip("/").split("/"):
            if seg and not seg.startswith("{") and ":" not in seg and not KEBAB.match(seg):
                issues.append(f"R2.1 {route}: segment '{seg}' is not kebab-case")
        for method, op in (ops or {}).items():
            if not isinstance(op, dict):
                continue
            params = {p.get("name") for p in op.get("parameters", []) if isinstance(p, dict)}
            if method == "get" and not route.rstrip("/").endswith("}"):
                if not {"page_size", "page_token"} <= params:
                    issues.append(f"R3.1 GET {route}: list endpoint without page_size/page_token")
            for code, resp in (op.get("responses") or {}).items():
                if str(code).startswith(("4", "5")):
                    body = (((resp or {}).get("content") or {}).get("application/json") or {}).get("schema") or {}
                    if "$ref" not in body and "error" not in (body.get("properties") or {}):
                        issues.append(f"R4.1 {method.upper()} {route} {code}: no error envelope")
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        walk_schema(schema, name, issues)
    return issues


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: lint_openapi.py openapi.yaml")
    with open(sys.argv[1]) as fh:
        spec = yaml.safe_load(fh)
    issues = lint(spec)
    for i in issues:
        print(i)
    print(f"{len(issues)} issue(s)")
    sys.exit(1 if issues else 0)


if __name__ == "__main__":
    main()
