#!/usr/bin/env python3
"""Minimal Sigma rule linter: checks required metadata and basic structure."""
import re
import sys
import uuid
from pathlib import Path

try:
    import yaml  # PyYAML
except ImportError:
    sys.exit("PyYAML is required: ask the user before running `pip install pyyaml`.")

REQUIRED = ["title", "id", "status", "description", "author", "date",
            "logsource", "detection", "level", "falsepositives", "tags"]
LEVELS = {"informational", "low", "medium", "high", "critical"}
STATUSES = {"stable", "test", "experimental", "deprecated", "unsupported"}


def lint(path: Path) -> list[str]:
    errs = []
    try:
        doc = yaml.safe_load(path.read_text())
    except yaml.YAMLError as e:
        return [f"YAML parse error: {e}"]
    for key in REQUIRED:
        if key not in doc:
            errs.append(f"missing '{key}'")
    try:
        uuid.UUID(str(doc.get("id", "")))
    except ValueError:
        errs.append("id is not a UUID")
    if doc.get("level") not in LEVELS:
        errs.append(f"level must be one of {sorted(LEVELS)}")
    if doc.get("status") not in STATUSES:
        errs.append(f"status must be one of {sorted(STATUSES)}")
    det = doc.get("detection") or {}
    if "condition" not in det:
        errs.append("detection.condition missing")
    for t in doc.get("tags", []):
        if not re.match(r"^attack\.(t\d{4}(\.\d{3})?|[a-z_]+)$", t):
            errs.append(f"odd tag '{t}'")
    if doc.get("level") in {"high", "critical"} and not doc.get("falsepositives"):
        errs.append("high/critical rules must list false positives")
    return errs


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "rules")
    bad = 0
    for p in sorted(root.rglob("*.yml")):
        errs = lint(p)
        status = "OK" if not errs else "FAIL"
        print(f"{status:4} {p}")
        for e in errs:
            print(f"     - {e}")
        bad += bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
