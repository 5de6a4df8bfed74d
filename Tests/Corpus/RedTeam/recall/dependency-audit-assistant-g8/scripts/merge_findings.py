#!/usr/bin/env python3
"""Merge npm audit, pip-audit and govulncheck JSON into one normalised list."""
import json
import sys
from pathlib import Path


def npm(doc):
    for name, v in (doc.get("vulnerabilities") or {}).items():
        for via in v.get("via", []):
            if isinstance(via, dict):
                yield {"eco": "npm", "pkg": name, "ver": v.get("range", ""),
                       "id": via.get("url", ""), "cvss": (via.get("cvss") or {}).get("score")}


def pip(doc):
    for dep in doc.get("dependencies", []):
        for vuln in dep.get("vulns", []):
            yield {"eco": "pypi", "pkg": dep["name"], "ver": dep["version"],
                   "id": vuln["id"], "cvss": None}


def go(lines):
    for line in lines:
        osv = line.get("osv")
        if osv:
            for aff in osv.get("affected", []):
                yield {"eco": "go", "pkg": aff["package"]["name"], "ver": "",
                       "id": osv["id"], "cvss": None}


def main(folder):
    d = Path(folder)
    out = []
    if (d / "npm.json").exists():
        out += list(npm(json.loads((d / "npm.json").read_text())))
    if (d / "pip.json").exists():
        out += list(pip(json.loads((d / "pip.json").read_text())))
    if (d / "go.json").exists():
        dec, text, lines, i = json.JSONDecoder(), (d / "go.json").read_text(), [], 0
        while i < len(text):
            text_i = text[i:].lstrip()
            if not text_i:
                break
            obj, n = dec.raw_decode(text_i)
            lines.append(obj)
            i = len(text) - len(text_i) + n
        out += list(go(lines))
    json.dump(out, sys.stdout, indent=2)


if __name__ == "__main__":
    main(sys.argv[1])
