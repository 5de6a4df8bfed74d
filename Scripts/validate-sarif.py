#!/usr/bin/env python3
"""Validate SARIF files against the OASIS SARIF 2.1.0 schema and GitHub code scanning limits.

    python3 Scripts/validate-sarif.py report.sarif [more.sarif ...] [--schema PATH]

The schema is looked up, in order, at --schema, $SARIF_SCHEMA, Schemas/sarif-schema-2.1.0.json
and /work/shared/schemas/sarif-schema-2.1.0.json. Needs the `jsonschema` package (4.x).
Exit status: 0 valid, 1 invalid, 2 usage or setup error.
"""
import argparse
import json
import os
import sys

GITHUB_MAX_RESULTS = 25_000
GITHUB_MAX_RUNS = 20
GITHUB_MAX_LOCATIONS = 1_000
GITHUB_MAX_TAGS = 20
GITHUB_MAX_BYTES = 10 * 1024 * 1024


def find_schema(explicit):
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [explicit, os.environ.get("SARIF_SCHEMA"),
                  os.path.join(here, "..", "Schemas", "sarif-schema-2.1.0.json"),
                  "/work/shared/schemas/sarif-schema-2.1.0.json"]
    for path in candidates:
        if path and os.path.isfile(path):
            return path
    return None


def github_problems(log, size):
    problems = []
    if size > GITHUB_MAX_BYTES:
        problems.append(f"file is {size} bytes; GitHub rejects more than {GITHUB_MAX_BYTES} (gzip it)")
    runs = log.get("runs", [])
    if len(runs) > GITHUB_MAX_RUNS:
        problems.append(f"{len(runs)} runs; GitHub accepts at most {GITHUB_MAX_RUNS}")
    for r, run in enumerate(runs):
        results = run.get("results", [])
        if len(results) > GITHUB_MAX_RESULTS:
            problems.append(f"runs/{r}: {len(results)} results; GitHub accepts at most {GITHUB_MAX_RESULTS}")
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        ids = [rule.get("id") for rule in rules]
        for rule in rules:
            tags = rule.get("properties", {}).get("tags", [])
            if len(tags) > GITHUB_MAX_TAGS:
                problems.append(f"rule {rule.get('id')}: {len(tags)} tags; GitHub accepts at most {GITHUB_MAX_TAGS}")
            severity = rule.get("properties", {}).get("security-severity")
            if severity is not None:
                try:
                    float(severity)
                except ValueError:
                    problems.append(f"rule {rule.get('id')}: security-severity {severity!r} is not a number")
        for i, result in enumerate(results):
            where = f"runs/{r}/results/{i} ({result.get('ruleId')})"
            locations = result.get("locations", [])
            if not locations:
                problems.append(f"{where}: no location; GitHub needs one")
            if len(locations) > GITHUB_MAX_LOCATIONS:
                problems.append(f"{where}: {len(locations)} locations; GitHub accepts at most {GITHUB_MAX_LOCATIONS}")
            for location in locations:
                region = location.get("physicalLocation", {}).get("region")
                if region is not None and region.get("startLine", 1) < 1:
                    problems.append(f"{where}: startLine must be >= 1")
            index = result.get("ruleIndex")
            if index is not None and (index >= len(ids) or ids[index] != result.get("ruleId")):
                problems.append(f"{where}: ruleIndex {index} does not point at rule {result.get('ruleId')}")
            if result.get("ruleId") not in ids:
                problems.append(f"{where}: ruleId not described in tool.driver.rules")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="SARIF files to check")
    parser.add_argument("--schema", help="path to sarif-schema-2.1.0.json")
    args = parser.parse_args()
    try:
        import jsonschema
    except ImportError:
        print("validate-sarif: the jsonschema package is missing (pip install 'jsonschema>=4')", file=sys.stderr)
        return 2
    schema_path = find_schema(args.schema)
    if schema_path is None:
        print("validate-sarif: SARIF 2.1.0 schema not found; pass --schema", file=sys.stderr)
        return 2
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    status = 0
    for path in args.files:
        with open(path, "rb") as handle:
            raw = handle.read()
        try:
            log = json.loads(raw)
        except ValueError as error:
            print(f"{path}: not JSON: {error}")
            status = 1
            continue
        errors = sorted(validator.iter_errors(log), key=lambda e: list(map(str, e.absolute_path)))
        problems = ["/".join(map(str, e.absolute_path)) + ": " + e.message for e in errors[:20]]
        problems += github_problems(log, len(raw))
        if problems:
            status = 1
            print(f"{path}: INVALID")
            for problem in problems:
                print(f"  {problem}")
        else:
            results = sum(len(run.get("results", [])) for run in log.get("runs", []))
            print(f"{path}: valid SARIF 2.1.0 ({results} results)")
    return status


if __name__ == "__main__":
    sys.exit(main())
