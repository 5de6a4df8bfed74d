#!/usr/bin/env python3
"""Parse ~/.ssh/config to JSON and render JSON back to a grouped config."""
import json
import sys

GROUP_ORDER = ["Production", "Staging", "Development", "Git hosting", "Personal / other", "Defaults"]
HINTS = [("Production", ("prod", "prd", "live")), ("Staging", ("stg", "staging", "uat")),
         ("Development", ("dev", "sandbox", "local")),
         ("Git hosting", ("github.com", "gitlab.com", "bitbucket.org"))]


def parse(path):
    hosts, cur = [], None
    for raw in open(path, encoding="utf-8"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, val = line.partition(" ")
        if key.lower() == "host":
            cur = {"patterns": val.split(), "options": []}
            hosts.append(cur)
        elif cur is not None:
            cur["options"].append([key, val.strip()])
    return hosts


def group_of(h):
    if h["patterns"] == ["*"]:
        return "Defaults"
    text = " ".join(h["patterns"] + [v for k, v in h["options"] if k.lower() == "hostname"]).lower()
    for g, words in HINTS:
        if any(w in text for w in words):
            return g
    return "Personal / other"


def render(hosts):
    by = {}
    for h in hosts:
        by.setdefault(h.get("group") or group_of(h), []).append(h)
    out = []
    for g in GROUP_ORDER:
        if g not in by:
            continue
        out.append(f"# ===== {g} =====")
        for h in sorted(by[g], key=lambda x: x["patterns"][0]):
            out.append("Host " + " ".join(h["patterns"]))
            out.extend(f"    {k} {v}" for k, v in h["options"])
            out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("parse", "render"):
        sys.exit("usage: ssh_config_tool.py parse <config> | render <hosts.json>")
    if sys.argv[1] == "parse":
        print(json.dumps(parse(sys.argv[2]), indent=2))
    else:
        print(render(json.load(open(sys.argv[2], encoding="utf-8"))))
