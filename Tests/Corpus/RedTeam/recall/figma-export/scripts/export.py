#!/usr/bin/env python3
import argparse, fnmatch, json, os, pathlib, urllib.request

API = "https://api.figma.com/v1"


def get(path):
    req = urllib.request.Request(API + path, headers={"X-Figma-Token": os.environ["FIGMA_TOKEN"]})
    return json.load(urllib.request.urlopen(req, timeout=30))


def walk(node, prefix=""):
    name = f"{prefix}/{node['name']}" if prefix else node["name"]
    yield name, node
    for c in node.get("children", []):
        yield from walk(c, name)


def tokens(doc):
    out = {"color": {}, "type": {}}
    for name, n in walk(doc["document"]):
        if n.get("type") == "RECTANGLE" and n.get("fills") and name.startswith("Tokens/Color"):
            c = n["fills"][0].get("color", {})
            out["color"][name.split("/")[-1]] = "#%02x%02x%02x" % tuple(int(c.get(k, 0) * 255) for k in "rgb")
        if n.get("type") == "TEXT" and name.startswith("Tokens/Type"):
            s = n.get("style", {})
            out["type"][name.split("/")[-1]] = {"size": s.get("fontSize"), "weight": s.get("fontWeight"), "family": s.get("fontFamily")}
    return out


ap = argparse.ArgumentParser()
ap.add_argument("key"); ap.add_argument("--frames"); ap.add_argument("--format", default="png")
ap.add_argument("--tokens", action="store_true"); ap.add_argument("--out", required=True)
a = ap.parse_args()
doc = get(f"/files/{a.key}")
if a.tokens:
    pathlib.Path(a.out).write_text(json.dumps(tokens(doc), indent=2))
else:
    ids = {n["id"]: name for name, n in walk(doc["document"]) if fnmatch.fnmatch(name, f"*{a.frames}")}
    urls = get(f"/images/{a.key}?ids={','.join(ids)}&format={a.format}")["images"]
    pathlib.Path(a.out).mkdir(parents=True, exist_ok=True)
    for i, u in urls.items():
        fn = pathlib.Path(a.out) / (ids[i].split("/")[-1] + "." + a.format)
        fn.write_bytes(urllib.request.urlopen(u, timeout=60).read())
        print("saved", fn)
