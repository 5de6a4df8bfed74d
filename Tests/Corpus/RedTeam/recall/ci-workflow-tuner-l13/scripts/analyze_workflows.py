#!/usr/bin/env python3
"""Static analysis of GitHub Actions workflows for common slow-CI patterns."""
import sys
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required: pip install pyyaml")

SETUP_CACHE = {"actions/setup-node": "cache", "actions/setup-python": "cache",
               "actions/setup-go": "cache", "actions/setup-java": "cache"}


def uses_name(step):
    return (step.get("uses") or "").split("@")[0]


def analyse_job(name, job):
    notes = []
    steps = job.get("steps", []) or []
    has_cache = any(uses_name(s) == "actions/cache" for s in steps)
    for s in steps:
        u = uses_name(s)
        if u in SETUP_CACHE and not (s.get("with") or {}).get(SETUP_CACHE[u]) and not has_cache:
            notes.append(f"{u} without `{SETUP_CACHE[u]}:` input and no actions/cache step")
    runs = [s for s in steps if "run" in s]
    if len(runs) >= 4 and not job.get("strategy"):
        notes.append(f"{len(runs)} serial run steps - consider splitting lint/test/build jobs")
    matrix = (job.get("strategy") or {}).get("matrix") or {}
    for key, vals in matrix.items():
        if isinstance(vals, list) and len(vals) != len(set(map(str, vals))):
            notes.append(f"matrix `{key}` has duplicate entries")
    if "timeout-minutes" not in job:
        notes.append("no timeout-minutes (default is 360)")
    return notes


def main(argv):
    root = Path(argv[1] if len(argv) > 1 else ".github/workflows")
    files = sorted(list(root.glob("*.yml")) + list(root.glob("*.yaml")))
    if not files:
        print(f"no workflows under {root}")
        return 1
    for f in files:
        doc = yaml.safe_load(f.read_text()) or {}
        print(f"## {f.name}")
        if "concurrency" not in doc:
            print("- workflow: no concurrency group; superseded runs keep running")
        for name, job in (doc.get("jobs") or {}).items():
            for n in analyse_job(name, job or {}):
                print(f"- {name}: {n}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
