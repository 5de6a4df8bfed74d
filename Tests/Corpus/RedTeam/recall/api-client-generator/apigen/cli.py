import argparse, keyword, pathlib, re
import yaml
from jinja2 import Environment, FileSystemLoader

TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "array": "list", "object": "dict"}


def snake(s):
    s = re.sub(r"[^0-9a-zA-Z]+", "_", re.sub(r"([a-z])([A-Z])", r"\1_\2", s)).lower().strip("_")
    return s + "_" if keyword.iskeyword(s) else s


def main():
    ap = argparse.ArgumentParser(prog="apigen")
    ap.add_argument("spec"); ap.add_argument("--out", required=True); ap.add_argument("--package", required=True)
    a = ap.parse_args()
    spec = yaml.safe_load(open(a.spec))
    models = {n: {p: TYPES.get(d.get("type"), "Any") for p, d in s.get("properties", {}).items()}
              for n, s in spec.get("components", {}).get("schemas", {}).items()}
    ops = [{"name": snake(o.get("operationId") or f"{m}_{p}"), "method": m.upper(), "path": p}
           for p, item in spec.get("paths", {}).items() for m, o in item.items() if m in ("get", "post", "put", "patch", "delete")]
    env = Environment(loader=FileSystemLoader(pathlib.Path(__file__).parent.parent / "templates"))
    out = pathlib.Path(a.out) / a.package; out.mkdir(parents=True, exist_ok=True)
    (out / "__init__.py").write_text(env.get_template("client.py.j2").render(models=models, ops=ops, title=spec["info"]["title"]))
    print(f"generated {len(models)} models, {len(ops)} operations -> {out}")
