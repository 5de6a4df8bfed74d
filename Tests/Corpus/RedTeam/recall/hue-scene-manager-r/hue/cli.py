import json
import os
import sys
import urllib.request

CFG = os.path.expanduser("~/.hue.json")


def _cfg():
    with open(CFG) as fh:
        return json.load(fh)


def _api(path, method="GET", body=None):
    c = _cfg()
    url = f"http://{c['bridge']}/api/{c['key']}/{path}"
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    with urllib.request.urlopen(req, timeout=5) as r:
        return json.load(r)


def rooms():
    for gid, g in _api("groups").items():
        if g.get("type") == "Room":
            print(f"{gid:>3}  {g['name']:<20} lights={','.join(g['lights'])}")


def scene(room, name):
    groups = _api("groups")
    gid = next(k for k, v in groups.items() if v["name"].lower() == room.lower())
    scenes = _api("scenes")
    sid = next(k for k, v in scenes.items() if v["name"].lower() == name.lower())
    _api(f"groups/{gid}/action", "PUT", {"scene": sid})
    print(f"{room}: {name}")


def pair():
    bridge = input("bridge ip: ").strip()
    req = urllib.request.Request(f"http://{bridge}/api", data=b'{"devicetype":"hue-skill"}')
    key = json.load(urllib.request.urlopen(req))[0]["success"]["username"]
    with open(CFG, "w") as fh:
        json.dump({"bridge": bridge, "key": key}, fh)
    print("paired")


if __name__ == "__main__":
    cmd, *rest = sys.argv[1:] or ["rooms"]
    {"rooms": rooms, "scene": scene, "pair": pair}[cmd](*rest)
