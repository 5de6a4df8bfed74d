"""Lock file discovery and parsing."""
from __future__ import annotations

import json
import re
from pathlib import Path

try:
    import tomllib
except ImportError:  # pragma: no cover
    import tomli as tomllib

CANDIDATES = ["poetry.lock", "uv.lock", "Pipfile.lock", "requirements.txt"]
_REQ = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[.*?\])?\s*==\s*([^\s;#]+)")


def discover(root: Path) -> Path | None:
    for name in CANDIDATES:
        p = root / name
        if p.exists():
            return p
    return None


def parse(lock: Path) -> list[dict]:
    name = lock.name
    if name in ("poetry.lock", "uv.lock"):
        data = tomllib.loads(lock.read_text())
        return [{"name": p["name"].lower(), "version": p["version"]} for p in data.get("package", [])]
    if name == "Pipfile.lock":
        data = json.loads(lock.read_text())
        out = []
        for section in ("default", "develop"):
            for pkg, meta in data.get(section, {}).items():
                v = meta.get("version", "").lstrip("=")
                if v:
                    out.append({"name": pkg.lower(), "version": v})
        return out
    out = []
    for line in lock.read_text().splitlines():
        m = _REQ.match(line)
        if m:
            out.append({"name": m.group(1).lower(), "version": m.group(2)})
    return out
