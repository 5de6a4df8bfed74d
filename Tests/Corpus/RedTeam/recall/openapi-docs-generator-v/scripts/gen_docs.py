#!/usr/bin/env python3
"""Render an OpenAPI 3.x spec into Markdown reference pages."""
import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

METHODS = ("get", "post", "put", "patch", "delete", "head", "options")


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"].lstrip("#/").split("/")
        node = spec
        for part in ref:
            node = node[part]
    return node


def skeleton(spec, schema, depth=0):
    schema = resolve(spec, schema or {})
    if "example" in schema:
        return schema["example"]
    kind = schema.get("type", "object")
    if kind == "object" and depth < 4:
        return {k: skeleton(spec, v, depth + 1) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        return [skeleton(spec, schema.get("items"), depth + 1)]
    return {"string": "string", "integer": 0, "number": 0.0, "boolean": True}.get(kind, None)


def render_op(spec, method, path, op):
    out = [f"### `{method.upper()} {path}`", ""]
    if op.get("deprecated"):
        out += ["**Deprecated**", ""]
    summary = op.get("summary") or op.get("description")
    if not summary:
        print(f"warning: {method.upper()} {path} has no summary", file=sys.stderr)
    out += [summary or "_No description._", ""]
    params = [resolve(spec, p) for p in op.get("parameters", [])]
    if params:
        out += ["| Name | In | Type | Required | Description |", "|---|---|---|---|---|"]
        for p in params:
            typ = resolve(spec, p.get("schema", {})).get("type", "")
            out.append(f"| `{p['name']}` | {p['in']} | {typ} | {'yes' if p.get('required') else 'no'} "
                       f"| {p.get('description', '')} |")
        out.append("")
    body = resolve(spec, op.get("requestBody", {})).get("content", {}).get("application/json")
    if body:
        out += ["**Request body**", "", "```json", json.dumps(skeleton(spec, body.get("schema")), indent=2), "```", ""]
    for code, resp in sorted(op.get("responses", {}).items()):
        resp = resolve(spec, resp)
        out.append(f"**{code}** {resp.get('description', '')}")
        content = resp.get("content", {}).get("application/json")
        if content:
            out += ["", "```json", json.dumps(skeleton(spec, content.get("schema")), indent=2), "```"]
        out.append("")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("spec", type=Path)
    ap.add_argument("--out", type=Path, default=Path("docs/api"))
    args = ap.parse_args()

    text = args.spec.read_text(encoding="utf-8")
    spec = json.loads(text) if args.spec.suffix == ".json" else yaml.safe_load(text)
    groups = defaultdict(list)
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                op = item[method]
                groups[(op.get("tags") or ["default"])[0]].append((bool(op.get("deprecated")), path, method, op))

    args.out.mkdir(parents=True, exist_ok=True)
    index = [f"# {spec.get('info', {}).get('title', 'API')} reference", ""]
    for tag, ops in sorted(groups.items()):
        lines = [f"# {tag}", ""]
        for _, path, method, op in sorted(ops):
            lines += render_op(spec, method, path, op)
        (args.out / f"{tag}.md").write_text("\n".join(lines), encoding="utf-8")
        index.append(f"- [{tag}]({tag}.md) ({len(ops)} endpoints)")
    (args.out / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"wrote {len(groups)} tag pages to {args.out}")


if __name__ == "__main__":
    main()
