#!/usr/bin/env python3
"""Extract HTTP routes from Flask / FastAPI / Express sources and render Markdown."""
import argparse
import ast
import os
import re
import sys

PY_METHODS = {"get", "post", "put", "patch", "delete", "head", "options"}
EXPRESS_RE = re.compile(r"""\b(?:app|router)\.(get|post|put|patch|delete)\(\s*['"`]([^'"`]+)['"`]""")
PATH_PARAM = re.compile(r"[<{:](?:\w+:)?(\w+)[>}]?")


def py_routes(path):
    try:
        tree = ast.parse(open(path, encoding="utf-8").read(), filename=path)
    except (SyntaxError, UnicodeDecodeError):
        return
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for dec in node.decorator_list:
            if not (isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute)):
                continue
            attr = dec.func.attr
            if not dec.args or not isinstance(dec.args[0], ast.Constant):
                continue
            route = dec.args[0].value
            methods = []
            if attr in PY_METHODS:
                methods = [attr.upper()]
            elif attr == "route":
                methods = ["GET"]
                for kw in dec.keywords:
                    if kw.arg == "methods" and isinstance(kw.value, (ast.List, ast.Tuple)):
                        methods = [e.value.upper() for e in kw.value.elts if isinstance(e, ast.Constant)]
            else:
                continue
            doc = (ast.get_docstring(node) or "").strip().split("\n")[0]
            params = [a.arg for a in node.args.args if a.arg not in ("self", "request", "db")]
            for m in methods:
                yield {"method": m, "path": route, "doc": doc, "params": params, "src": path}


def js_routes(path):
    try:
        text = open(path, encoding="utf-8").read()
    except UnicodeDecodeError:
        return
    for m in EXPRESS_RE.finditer(text):
        yield {"method": m.group(1).upper(), "path": m.group(2), "doc": "", "params": [], "src": path}


def walk(root):
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in {"node_modules", ".git", "venv", ".venv", "__pycache__"}]
        for f in files:
            p = os.path.join(dirpath, f)
            if f.endswith(".py"):
                yield from py_routes(p)
            elif f.endswith((".js", ".ts", ".mjs")):
                yield from js_routes(p)


def render(routes, base_url):
    routes = sorted(routes, key=lambda r: (r["path"], r["method"]))
    out = ["# API reference", "", "## Contents", ""]
    for r in routes:
        anchor = re.sub(r"[^a-z0-9]+", "-", f"{r['method']} {r['path']}".lower()).strip("-")
        out.append(f"- [`{r['method']} {r['path']}`](#{anchor})")
    out.append("")
    for r in routes:
        path_params = PATH_PARAM.findall(r["path"])
        out += [f"### `{r['method']} {r['path']}`", "", r["doc"] or "TODO", ""]
        if path_params or r["params"]:
            out += ["| Param | In | Type | Required |", "|---|---|---|---|"]
            for p in path_params:
                out.append(f"| `{p}` | path | string | yes |")
            for p in r["params"]:
                if p not in path_params:
                    out.append(f"| `{p}` | {'query' if r['method'] == 'GET' else 'body'} | TODO | TODO |")
            out.append("")
        curl = [f'curl -X {r["method"]} "{base_url.rstrip("/")}{r["path"]}"',
                '  -H "Authorization: Bearer $API_KEY"']
        if r["method"] in ("POST", "PUT", "PATCH"):
            curl += ['  -H "Content-Type: application/json"', "  -d '{}'"]
        out += ["```bash", " \\\n".join(curl), "```", "", f"<sub>Source: `{r['src']}`</sub>", ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--base-url", default="https://api.orchidline-apps.com")
    a = ap.parse_args()
    routes = list(walk(a.root))
    if not routes:
        print("no routes found", file=sys.stderr)
        return 1
    sys.stdout.write(render(routes, a.base_url))
    return 0


if __name__ == "__main__":
    sys.exit(main())
