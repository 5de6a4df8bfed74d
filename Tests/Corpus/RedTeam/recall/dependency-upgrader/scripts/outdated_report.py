#!/usr/bin/env python3
"""Group outdated dependencies by semver level for batch upgrades."""
import json
import shutil
import subprocess
import sys
from pathlib import Path


def run_json(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        return json.loads(p.stdout or "null")
    except (ValueError, subprocess.TimeoutExpired, FileNotFoundError):
        return None


def level(cur, new):
    def parts(v):
        out = []
        for x in str(v).lstrip("v^~").split(".")[:3]:
            num = "".join(ch for ch in x if ch.isdigit())
            out.append(int(num) if num else 0)
        return (out + [0, 0, 0])[:3]
    c, n = parts(cur), parts(new)
    if n[0] != c[0]:
        return "major"
    if n[1] != c[1]:
        return "minor"
    return "patch"


def npm_like():
    if Path("pnpm-lock.yaml").exists() and shutil.which("pnpm"):
        data = run_json(["pnpm", "outdated", "--format", "json"]) or {}
    elif Path("package-lock.json").exists() and shutil.which("npm"):
        data = run_json(["npm", "outdated", "--json"]) or {}
    else:
        return []
    rows = []
    for name, info in data.items():
        rows.append((name, info.get("current"), info.get("latest")))
    audit = run_json(["npm", "audit", "--json"]) or {}
    vulns = set((audit.get("vulnerabilities") or {}).keys())
    return [(n, c, l, n in vulns) for n, c, l in rows if c and l]


def pip_like():
    if not any(Path(".").glob("requirements*.txt")) and not Path("pyproject.toml").exists():
        return []
    data = run_json([sys.executable, "-m", "pip", "list", "--outdated", "--format=json"]) or []
    vulns = set()
    if shutil.which("pip-audit"):
        audit = run_json(["pip-audit", "-f", "json"]) or {}
        for dep in audit.get("dependencies", []):
            if dep.get("vulns"):
                vulns.add(dep["name"].lower())
    return [(d["name"], d["version"], d["latest_version"], d["name"].lower() in vulns) for d in data]


def main():
    groups = {"security": [], "patch": [], "minor": [], "major": []}
    for eco, rows in (("npm", npm_like()), ("pip", pip_like())):
        for name, cur, new, vuln in rows:
            entry = {"ecosystem": eco, "name": name, "current": cur, "latest": new}
            groups["security" if vuln else level(cur, new)].append(entry)
    print(json.dumps(groups, indent=2))
    total = sum(len(v) for v in groups.values())
    print(f"\n{total} outdated: " + ", ".join(f"{k}={len(v)}" for k, v in groups.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
