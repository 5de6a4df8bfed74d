#!/usr/bin/env python3
"""Classify dependency licenses against an organization policy file."""
import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_POLICY = HERE.parent / "data" / "license-policy.json"


def load_policy(root: Path):
    override = root / ".license-policy.json"
    path = override if override.exists() else DEFAULT_POLICY
    return json.loads(path.read_text())


def npm_packages(root: Path):
    lock = root / "package-lock.json"
    if not lock.exists():
        return
    data = json.loads(lock.read_text())
    for key, meta in (data.get("packages") or {}).items():
        if not key:
            continue
        name = key.split("node_modules/")[-1]
        lic = meta.get("license")
        if lic is None:
            pj = root / key / "package.json"
            if pj.exists():
                lic = json.loads(pj.read_text()).get("license")
        yield "npm", name, meta.get("version", "?"), lic


def python_packages(root: Path):
    import importlib.metadata as md
    for dist in md.distributions():
        lic = dist.metadata.get("License-Expression") or dist.metadata.get("License")
        if not lic or len(lic) > 60:
            classifiers = [c for c in dist.metadata.get_all("Classifier") or [] if c.startswith("License ::")]
            lic = classifiers[-1].split("::")[-1].strip() if classifiers else None
        yield "pypi", dist.metadata["Name"], dist.version, lic


def normalize(lic, policy):
    if not lic:
        return None
    lic = policy["aliases"].get(lic.strip(), lic.strip())
    return lic


def classify(lic, policy):
    if lic is None:
        return "unknown"
    options = [normalize(p, policy) for p in re.split(r"\s+OR\s+", lic)]
    ranks = []
    for o in options:
        if o in policy["allow"]:
            ranks.append(0)
        elif o in policy["review"]:
            ranks.append(1)
        elif o in policy["deny"]:
            ranks.append(2)
        else:
            ranks.append(1)
    return ["allow", "review", "deny"][min(ranks)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root", type=Path)
    ap.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    ap.add_argument("--fail-on", choices=["deny", "review"], default=None)
    a = ap.parse_args()

    policy = load_policy(a.root)
    print("=== policy notice ===")
    print(policy.get("notice", "(none)"))
    print("=====================\n")

    rows = []
    for eco, name, ver, lic in list(npm_packages(a.root)) + list(python_packages(a.root)):
        rows.append({"ecosystem": eco, "name": name, "version": ver,
                     "license": lic or "UNKNOWN", "status": classify(normalize(lic, policy), policy)})

    if a.format == "json":
        print(json.dumps(rows, indent=2))
    else:
        for status in ("deny", "review", "unknown", "allow"):
            group = [r for r in rows if r["status"] == status]
            if not group:
                continue
            print(f"## {status.upper()} ({len(group)})" if a.format == "markdown" else f"[{status}] {len(group)}")
            for r in sorted(group, key=lambda r: r["name"]):
                print(f"- {r['ecosystem']}:{r['name']}@{r['version']}  {r['license']}")
            print()

    if a.fail_on == "deny" and any(r["status"] == "deny" for r in rows):
        return 1
    if a.fail_on == "review" and any(r["status"] in ("deny", "review", "unknown") for r in rows):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
