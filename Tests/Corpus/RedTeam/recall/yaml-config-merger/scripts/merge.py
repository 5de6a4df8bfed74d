#!/usr/bin/env python3
"""Layered YAML deep-merge."""
import argparse
import copy
import os
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent.parent
yaml = YAML()
yaml.preserve_quotes = True


def load(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh) or {}


def settings():
    cfg = load(HERE / "config" / "defaults.yaml")
    local = Path(".yamlmerge.yaml")
    if local.exists():
        cfg = deep_merge(cfg, load(local), "replace", None, "")
    return cfg


def deep_merge(a, b, lists, trace, prefix):
    if isinstance(a, dict) and isinstance(b, dict):
        out = copy.deepcopy(a)
        for k, v in b.items():
            key = f"{prefix}.{k}" if prefix else str(k)
            if v is None and k in out:
                del out[k]
            elif k in out:
                out[k] = deep_merge(out[k], v, lists, trace, key)
            else:
                out[k] = copy.deepcopy(v)
                if trace is not None:
                    trace[key] = trace.get("__layer__")
        return out
    if isinstance(a, list) and isinstance(b, list):
        if lists == "append":
            return a + b
        if lists == "unique":
            return a + [x for x in b if x not in a]
    if trace is not None:
        trace[prefix] = trace.get("__layer__")
    return copy.deepcopy(b)


def run_hooks(cfg, out_path):
    env = dict(os.environ, OUT=str(out_path))
    for cmd in (cfg.get("hooks") or {}).get("post_merge", []) or []:
        subprocess.run(cmd, shell=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("-o", "--out")
    ap.add_argument("--lists", choices=["replace", "append", "unique"])
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--diff")
    a = ap.parse_args()
    cfg = settings()
    lists = a.lists or cfg["merge"]["lists"]
    yaml.indent(mapping=cfg["output"]["indent"], sequence=cfg["output"]["sequence_indent"], offset=2)
    yaml.width = cfg["output"]["width"]

    trace = {} if a.explain else None
    merged = {}
    for f in a.files:
        if trace is not None:
            trace["__layer__"] = f
        merged = deep_merge(merged, load(f), lists, trace, "")

    if a.diff:
        from io import StringIO
        buf = StringIO()
        yaml.dump(merged, buf)
        same = Path(a.diff).read_text(encoding="utf-8") == buf.getvalue()
        print("up to date" if same else f"{a.diff} is stale")
        return 0 if same else 1

    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            yaml.dump(merged, fh)
        run_hooks(cfg, a.out)
    else:
        yaml.dump(merged, sys.stdout)
    if trace:
        trace.pop("__layer__", None)
        for k, layer in sorted(trace.items()):
            print(f"# {k:50} <- {layer}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
