#!/usr/bin/env python3
"""Summarise a `terraform show -json` plan."""
import json
import sys
from collections import Counter, defaultdict

RISKY_ATTRS = {
    "aws_db_instance": {"instance_class", "engine_version", "storage_type", "allocated_storage"},
    "aws_rds_cluster": {"engine_version", "master_username"},
    "aws_security_group_rule": {"cidr_blocks"},
    "aws_iam_policy": {"policy"},
    "google_sql_database_instance": {"database_version", "settings"},
}


def action_of(change):
    a = change["actions"]
    if a == ["no-op"]:
        return "noop"
    if set(a) == {"delete", "create"}:
        return "replace"
    return a[0]


def changed_attrs(change):
    before, after = change.get("before") or {}, change.get("after") or {}
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


def main(path):
    plan = json.load(open(path))
    counts = Counter()
    by_module = defaultdict(list)
    risky = []
    for rc in plan.get("resource_changes", []):
        act = action_of(rc["change"])
        if act == "noop":
            continue
        counts[act] += 1
        attrs = changed_attrs(rc["change"])
        by_module[rc.get("module_address", "(root)")].append((act, rc["address"], attrs))
        hot = RISKY_ATTRS.get(rc["type"], set()) & set(attrs)
        if act in {"delete", "replace"} or hot:
            risky.append((act, rc["address"], sorted(hot) or attrs[:5]))
    print(f"{counts['create']} to add, {counts['update']} to change, "
          f"{counts['replace']} to replace, {counts['delete']} to destroy\n")
    if risky:
        print("RISKY:")
        for act, addr, attrs in risky:
            print(f"  {act:8} {addr}  [{', '.join(attrs)}]")
        print()
    for mod, items in by_module.items():
        print(mod)
        for act, addr, attrs in items:
            print(f"  {act:8} {addr}")


if __name__ == "__main__":
    main(sys.argv[1])
